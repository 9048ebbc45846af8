package io.github.clumiojava.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clumiojava.ClumioApiException;
import io.github.clumiojava.ClumioNotFoundException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/**
 * Reading {@code Retry-After} in every form RFC 9110 has recipients accept, saying in the
 * exception's message how long the service asked to wait, and error bodies.
 */
class HttpErrorsTest {
  /** A Tuesday. */
  private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
  private static final byte[] ERROR =
      "{\"errors\":[{\"error_code\":1,\"error_message\":\"try again\"}]}".getBytes(StandardCharsets.UTF_8);

  private final HttpErrors errors = at(NOW);

  private static HttpErrors at(Instant now) {
    return new HttpErrors(new JsonCodec(), Clock.fixed(now, ZoneOffset.UTC));
  }

  private static Duration until(Instant from, String utcDateTime) {
    return Duration.between(from, LocalDateTime.parse(utcDateTime).toInstant(ZoneOffset.UTC));
  }

  @Test
  void delaySecondsAreThatManySeconds() {
    assertThat(errors.retryAfter("120")).isEqualTo(Duration.ofSeconds(120));
  }

  @Test
  void zeroDelaySecondsMeanNoWait() {
    assertThat(errors.retryAfter("0")).isEqualTo(Duration.ZERO);
  }

  @Test
  void whitespaceAroundTheValueIsIgnored() {
    assertThat(errors.retryAfter(" 7\t")).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void leadingZerosAreNotPartOfTheValue() {
    assertThat(errors.retryAfter("000000000000000000000000005")).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void nonAsciiDigitsAreNotDelaySeconds() {
    assertThat(errors.retryAfter("\u0661\u0662\u0660")).isNull(); // Arabic-Indic 120
    assertThat(errors.retryAfter("\uFF11\uFF12")).isNull(); // fullwidth 12
  }

  @Test
  void hugeDelaySecondsSaturateAtTheLongestWait() {
    assertThat(errors.retryAfter("99999999999999999999")).isEqualTo(HttpErrors.MAX_RETRY_AFTER);
    assertThat(errors.retryAfter("1000000000")).isEqualTo(HttpErrors.MAX_RETRY_AFTER);
  }

  @Test
  void theLongestWaitItselfIsNotChanged() {
    assertThat(errors.retryAfter(String.valueOf(HttpErrors.MAX_RETRY_AFTER.toSeconds())))
        .isEqualTo(HttpErrors.MAX_RETRY_AFTER);
  }

  @Test
  void imfFixdateIsMeasuredFromTheClock() {
    assertThat(errors.retryAfter("Tue, 24 Nov 2026 12:00:05 GMT")).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void rfc850DateIsMeasuredFromTheClock() {
    assertThat(errors.retryAfter("Tuesday, 24-Nov-26 12:00:05 GMT")).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void rfc850YearFiftyYearsAheadIsInTheFuture() {
    // 2076-11-24T12:00:00Z is exactly 50 years ahead, not more: far beyond the longest wait.
    assertThat(errors.retryAfter("Tuesday, 24-Nov-76 12:00:00 GMT")).isEqualTo(HttpErrors.MAX_RETRY_AFTER);
  }

  @Test
  void rfc850YearMoreThanFiftyYearsAheadIsTheLatestPastYearWithThoseDigits() {
    // 2076-11-24T12:00:01Z would be more than 50 years ahead: 1976, in the past.
    assertThat(errors.retryAfter("Wednesday, 24-Nov-76 12:00:01 GMT")).isEqualTo(Duration.ZERO);
  }

  @Test
  void rfc850YearCanBeInTheNextCentury() {
    Instant now = Instant.parse("2090-01-01T00:00:00Z");
    assertThat(at(now).retryAfter("Saturday, 01-Jan-01 00:00:00 GMT")).isEqualTo(until(now, "2101-01-01T00:00:00"));
  }

  @Test
  void asctimeWithASingleDigitDayIsMeasuredFromTheClock() {
    Instant now = Instant.parse("2026-11-06T08:49:30Z");
    assertThat(at(now).retryAfter("Fri Nov  6 08:49:37 2026")).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void asctimeWithATwoDigitDayIsMeasuredFromTheClock() {
    assertThat(errors.retryAfter("Tue Nov 24 12:00:05 2026")).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void dateInThePastMeansNoWait() {
    assertThat(errors.retryAfter("Tue, 24 Nov 2026 11:00:00 GMT")).isEqualTo(Duration.ZERO);
  }

  @Test
  void dateFarAheadSaturatesAtTheLongestWait() {
    assertThat(errors.retryAfter("Fri, 31 Dec 9999 23:59:59 GMT")).isEqualTo(HttpErrors.MAX_RETRY_AFTER);
  }

  @Test
  void leapSecondIsTheNextSecond() {
    assertThat(errors.retryAfter("Tue, 24 Nov 2026 12:00:60 GMT")).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void dayNameIsNotCheckedAgainstTheDate() {
    assertThat(errors.retryAfter("Mon, 24 Nov 2026 12:00:05 GMT")).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void dateThatDoesNotExistIsIgnored() {
    assertThat(errors.retryAfter("Tue, 31 Nov 2026 12:00:00 GMT")).isNull();
    assertThat(errors.retryAfter("Tue, 24 Nov 2026 24:00:00 GMT")).isNull();
    assertThat(errors.retryAfter("Tue, 24 Nov 2026 12:00:61 GMT")).isNull();
  }

  @Test
  void garbageIsIgnored() {
    assertThat(errors.retryAfter("soon")).isNull();
    assertThat(errors.retryAfter("-5")).isNull();
    assertThat(errors.retryAfter("+5")).isNull();
    assertThat(errors.retryAfter("1.5")).isNull();
    assertThat(errors.retryAfter("5 s")).isNull();
    assertThat(errors.retryAfter("Tue, 24 Nov 2026 12:00:05 UTC")).isNull();
    assertThat(errors.retryAfter("tue, 24 nov 2026 12:00:05 gmt")).isNull(); // HTTP-date is case-sensitive
    assertThat(errors.retryAfter("Tue, 24 Nov 2026 12:00:05 GMT trailing")).isNull();
  }

  @Test
  void absentOrBlankIsIgnored() {
    assertThat(errors.retryAfter(null)).isNull();
    assertThat(errors.retryAfter("")).isNull();
    assertThat(errors.retryAfter("  ")).isNull();
  }

  @Test
  void messageSaysHowManySecondsTheServiceAskedToWait() {
    ClumioApiException e = errors.toException("GET b-1", 503, Headers.of("Retry-After", "120"), ERROR);

    assertThat(e.getMessage()).isEqualTo("GET b-1 failed: HTTP 503: try again (code 1)"
        + " (the service asked to retry after 120 s)");
  }

  @Test
  void messageQuotesHugeDelaySecondsAsTheServiceWroteThem() {
    ClumioApiException e = errors.toException("GET b-1", 503, Headers.of("Retry-After", "099999999999999999999"), ERROR);

    assertThat(e.getMessage()).endsWith("(the service asked to retry after 99999999999999999999 s)");
    assertThat(e.retryAfter()).contains(HttpErrors.MAX_RETRY_AFTER);
  }

  @Test
  void messageGivesTheComputedWaitForADate() {
    HttpErrors errors = at(NOW.plusMillis(250));

    ClumioApiException e = errors.toException("GET b-1", 429, Headers.of("Retry-After", "Tue, 24 Nov 2026 12:00:05 GMT"), ERROR);

    assertThat(e.getMessage()).endsWith("(the service asked to retry after 4.75 s)");
  }

  @Test
  void messageSaysNothingOfAWaitWithoutRetryAfter() {
    ClumioApiException e = errors.toException("GET b-1", 503, Headers.of("Retry-After", "soon"), ERROR);

    assertThat(e.getMessage()).doesNotContain("retry after");
    assertThat(e.retryAfter()).isEmpty();
  }

  @Test
  void retryAfterRelayedPastOkHttpIsRead() {
    ClumioApiException e = errors.toException("GET b-1", 503, Headers.of(RetryAfterRelay.HEADER, "3"), ERROR);

    assertThat(e.retryAfter()).contains(Duration.ofSeconds(3));
  }

  @Test
  void aLongRedirectLocationIsShortenedInTheMessage() {
    String location = "https://example.com/" + "a".repeat(5_000);

    ClumioApiException e = errors.toException("GET b-1", 307, Headers.of("Location", location), new byte[0]);

    assertThat(e.getMessage()).contains("(a redirect to https://example.com/aaa").contains("...")
        .hasSizeLessThan(500);
  }

  @Test
  void aWronglyTypedErrorBodyGivesTheExceptionForTheStatusWithNoParsedErrors() {
    byte[] body = "{\"errors\":[{\"error_code\":\"12001\",\"error_message\":\"gone\"}]}"
        .getBytes(StandardCharsets.UTF_8);

    ClumioApiException e = errors.toException("GET test", 404, Headers.of(), body);

    assertThat(e).isInstanceOf(ClumioNotFoundException.class);
    assertThat(e.errors()).isEmpty();
    assertThat(e).hasMessageContaining("not Clumio's JSON error list");
  }
}
