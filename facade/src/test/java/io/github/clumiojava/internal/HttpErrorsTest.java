package io.github.clumiojava.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clumiojava.ClumioApiException;
import io.github.clumiojava.ClumioNotFoundException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** Parsing {@code Retry-After} in both of its forms, and error bodies. */
class HttpErrorsTest {
  private final HttpErrors errors = new HttpErrors(new JsonCodec(),
      Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC));

  @Test
  void deltaSeconds() {
    assertThat(errors.retryAfter("2")).isEqualTo(Duration.ofSeconds(2));
    assertThat(errors.retryAfter(" 0 ")).isEqualTo(Duration.ZERO);
  }

  @Test
  void httpDateIsMeasuredFromTheClock() {
    assertThat(errors.retryAfter("Tue, 24 Nov 2026 12:00:05 GMT")).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void httpDateInThePastMeansNoWait() {
    assertThat(errors.retryAfter("Tue, 24 Nov 2026 11:00:00 GMT")).isEqualTo(Duration.ZERO);
  }

  @Test
  void absentOrMalformedValuesAreIgnored() {
    assertThat(errors.retryAfter(null)).isNull();
    assertThat(errors.retryAfter("")).isNull();
    assertThat(errors.retryAfter("soon")).isNull();
    assertThat(errors.retryAfter("-5")).isNull();
    assertThat(errors.retryAfter("1.5")).isNull();
  }

  @Test
  void anEnormousNumberDoesNotOverflow() {
    assertThat(errors.retryAfter("99999999999999999999999")).isGreaterThan(Duration.ofDays(365));
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
