package io.github.clumiojava.internal;

import io.github.clumiojava.ClumioApiException;
import io.github.clumiojava.ClumioAuthenticationException;
import io.github.clumiojava.ClumioError;
import io.github.clumiojava.ClumioNotFoundException;
import io.github.clumiojava.ClumioServerException;
import io.github.clumiojava.ClumioThrottledException;
import io.github.clumiojava.generated.model.ErrorResponseDto;
import io.github.clumiojava.generated.model.SingleErrorDto;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.ParsePosition;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.SignStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * Turns an HTTP error answer into the typed exception for its status.
 *
 * <p>Not API: part of the library's implementation, which may change in any release.
 */
public final class HttpErrors {
  /** Headers that may carry the id of the request, in the order they are looked up. */
  static final List<String> REQUEST_ID_HEADERS = List.of("x-request-id", "x-amzn-requestid", "x-amz-request-id");

  /**
   * The longest wait a {@code Retry-After} value is read as (about 31 years): a longer one is read
   * as this, so that nothing overflows. Far beyond any wait the client makes.
   */
  static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(999_999_999);
  /** The most digits of delay-seconds read as they are: 999,999,999 is {@link #MAX_RETRY_AFTER}. */
  private static final int MAX_DIGITS = 9;

  /** {@code Sun, 06 Nov 1994 08:49:37 GMT}. */
  private static final DateTimeFormatter IMF_FIXDATE = new DateTimeFormatterBuilder()
      .appendText(ChronoField.DAY_OF_WEEK, TextStyle.SHORT).appendLiteral(", ")
      .appendValue(ChronoField.DAY_OF_MONTH, 2).appendLiteral(' ')
      .appendText(ChronoField.MONTH_OF_YEAR, TextStyle.SHORT).appendLiteral(' ')
      .appendValue(ChronoField.YEAR, 4).appendLiteral(' ')
      .append(timeOfDay()).appendLiteral(" GMT")
      .toFormatter(Locale.US);
  /** {@code Sunday, 06-Nov-94 08:49:37 GMT}: the year is its last two digits. */
  private static final DateTimeFormatter RFC_850 = new DateTimeFormatterBuilder()
      .appendText(ChronoField.DAY_OF_WEEK, TextStyle.FULL).appendLiteral(", ")
      .appendValue(ChronoField.DAY_OF_MONTH, 2).appendLiteral('-')
      .appendText(ChronoField.MONTH_OF_YEAR, TextStyle.SHORT).appendLiteral('-')
      .appendValue(ChronoField.YEAR, 2).appendLiteral(' ')
      .append(timeOfDay()).appendLiteral(" GMT")
      .toFormatter(Locale.US);
  /** {@code Sun Nov  6 08:49:37 1994}: a day before the 10th has a space or a zero before it. */
  private static final DateTimeFormatter ASCTIME = new DateTimeFormatterBuilder()
      .appendText(ChronoField.DAY_OF_WEEK, TextStyle.SHORT).appendLiteral(' ')
      .appendText(ChronoField.MONTH_OF_YEAR, TextStyle.SHORT).appendLiteral(' ')
      .padNext(2).appendValue(ChronoField.DAY_OF_MONTH, 1, 2, SignStyle.NOT_NEGATIVE).appendLiteral(' ')
      .append(timeOfDay()).appendLiteral(' ')
      .appendValue(ChronoField.YEAR, 4)
      .toFormatter(Locale.US);

  private static final int MAX_MESSAGES_SHOWN = 3;
  private static final int MAX_MESSAGE_LENGTH = 200;

  private final JsonCodec codec;
  private final Clock clock;

  /**
   * Creates the mapper.
   *
   * @param codec reads Clumio's JSON error bodies
   * @param clock the clock an HTTP-date {@code Retry-After} is measured against
   */
  public HttpErrors(JsonCodec codec, Clock clock) {
    this.codec = codec;
    this.clock = clock;
  }

  /**
   * Returns the exception for an error answer. Never fails: a body that is not Clumio's JSON
   * error list gives an exception with no errors and the start of the body in its message.
   *
   * @param operation what was called, for the message (for example {@code GET backup 'b-1'})
   * @param status the HTTP status, not 2xx
   * @param headers the answer's headers
   * @param body the answer's body, possibly empty
   * @return the exception, a subclass by status where one exists
   */
  public ClumioApiException toException(String operation, int status, Headers headers, byte[] body) {
    List<ClumioError> errors = parseErrors(body);
    String requestId = requestId(headers);
    String retryAfterValue = headers.get(RetryAfterRelay.HEADER);
    if (retryAfterValue == null) {
      retryAfterValue = headers.get("Retry-After");
    }
    Duration retryAfter = retryAfter(retryAfterValue);
    StringBuilder message = new StringBuilder(operation).append(" failed: HTTP ").append(status);
    if (!errors.isEmpty()) {
      message.append(": ").append(errors.stream().limit(MAX_MESSAGES_SHOWN)
          .map(e -> shorten(e.message()) + " (code " + e.code() + ")")
          .collect(Collectors.joining("; ")));
    } else if (body.length == 0) {
      message.append(" with an empty body");
    } else {
      message.append(" with a body that is not Clumio's JSON error list: ").append(BodyExcerpt.of(body));
    }
    if (retryAfter != null) {
      message.append(" (the service asked to retry after ").append(describeWait(retryAfterValue, retryAfter))
          .append(')');
    }
    String location = headers.get("Location");
    if (status >= 300 && status <= 399 && location != null) {
      HttpUrl target = HttpUrl.parse(location);
      message.append(" (a redirect to ").append(target == null ? "an invalid location"
              : shorten(target.newBuilder().query(null).fragment(null).username("").password("").build().toString()))
          .append(" that was not followed: a redirect from https to plain http is refused)");
    }
    if (requestId != null) {
      message.append(" [request id ").append(requestId).append(']');
    }
    String text = message.toString();
    return switch (status) {
      case 401, 403 -> new ClumioAuthenticationException(text, status, errors, requestId, retryAfter);
      case 404 -> new ClumioNotFoundException(text, status, errors, requestId, retryAfter);
      case 429 -> new ClumioThrottledException(text, status, errors, requestId, retryAfter);
      default -> status >= 500 && status <= 599
          ? new ClumioServerException(text, status, errors, requestId, retryAfter)
          : new ClumioApiException(text, status, errors, requestId, retryAfter);
    };
  }

  private List<ClumioError> parseErrors(byte[] body) {
    if (body.length == 0) {
      return List.of();
    }
    ErrorResponseDto dto;
    try {
      dto = codec.readError(body);
    } catch (IOException | RuntimeException notClumioJson) {
      return List.of(); // an HTML page from a proxy, or any other body: the status still counts
    }
    if (dto == null || dto.getErrors() == null) {
      return List.of();
    }
    List<ClumioError> errors = new ArrayList<>();
    for (SingleErrorDto error : dto.getErrors()) {
      if (error != null) {
        long code = error.getErrorCode() == null ? 0L : error.getErrorCode();
        errors.add(new ClumioError(code, error.getErrorMessage() == null ? "" : error.getErrorMessage()));
      }
    }
    return errors;
  }

  /**
   * Parses a {@code Retry-After} value in every form RFC 9110 has recipients accept:
   * delay-seconds (ASCII digits only), or an HTTP date as an IMF-fixdate ({@code Sun, 06 Nov 1994
   * 08:49:37 GMT}), in the obsolete RFC 850 form ({@code Sunday, 06-Nov-94 08:49:37 GMT}) or in
   * asctime form ({@code Sun Nov  6 08:49:37 1994}). Whitespace around the value is ignored. A
   * date is measured from the clock; one in the past means no wait. The day name of a date must
   * be a day's name but is not checked against the date. Never throws.
   *
   * @return the wait, at most {@link #MAX_RETRY_AFTER} (a longer one is that); or null when the
   *     value is absent or malformed
   */
  Duration retryAfter(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (isAsciiDigits(text)) {
      String digits = withoutLeadingZeros(text);
      // Nine digits are at most MAX_RETRY_AFTER; more are more than it, and are not parsed.
      return digits.length() > MAX_DIGITS ? MAX_RETRY_AFTER : Duration.ofSeconds(Long.parseLong(digits));
    }
    LocalDateTime at = httpDate(text);
    if (at == null) {
      return null;
    }
    Duration wait = Duration.between(clock.instant(), at.toInstant(ZoneOffset.UTC));
    return wait.isNegative() ? Duration.ZERO : atMostMax(wait);
  }

  /** The date of an IMF-fixdate, RFC 850 or asctime value, in UTC; null if it is none of them. */
  private LocalDateTime httpDate(String text) {
    TemporalAccessor fields = fields(IMF_FIXDATE, text);
    if (fields == null) {
      fields = fields(ASCTIME, text);
    }
    boolean twoDigitYear = false;
    if (fields == null) {
      fields = fields(RFC_850, text);
      twoDigitYear = true;
    }
    if (fields == null) {
      return null;
    }
    int month = (int) fields.getLong(ChronoField.MONTH_OF_YEAR);
    int day = (int) fields.getLong(ChronoField.DAY_OF_MONTH);
    int hour = (int) fields.getLong(ChronoField.HOUR_OF_DAY);
    int minute = (int) fields.getLong(ChronoField.MINUTE_OF_HOUR);
    int second = (int) fields.getLong(ChronoField.SECOND_OF_MINUTE);
    int year = (int) fields.getLong(ChronoField.YEAR);
    if (twoDigitYear) {
      year = fullYear(year, month, day, hour, minute, second);
    }
    // A leap second (60, which the grammar allows) is read as the next second.
    boolean leapSecond = second == 60;
    try {
      LocalDateTime at = LocalDateTime.of(year, month, day, hour, minute, leapSecond ? 59 : second);
      return leapSecond ? at.plusSeconds(1) : at;
    } catch (DateTimeException noSuchDate) {
      return null; // 31 Nov, 29 Feb of a common year, 24:00:00
    }
  }

  /**
   * The year of a two-digit RFC 850 year (RFC 9110, section 5.6.7): the latest year with those last
   * two digits at which the timestamp is not more than 50 years in the future.
   */
  private int fullYear(int twoDigits, int month, int day, int hour, int minute, int second) {
    LocalDateTime limit = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).plusYears(50);
    int year = limit.getYear() - Math.floorMod(limit.getYear() - twoDigits, 100);
    long restOfTimestamp = (((month * 32L + day) * 24 + hour) * 60 + minute) * 61 + second;
    long restOfLimit = (((limit.getMonthValue() * 32L + limit.getDayOfMonth()) * 24 + limit.getHour()) * 60
        + limit.getMinute()) * 61 + limit.getSecond();
    return year == limit.getYear() && restOfTimestamp > restOfLimit ? year - 100 : year;
  }

  /** The fields of {@code text} if all of it is in {@code format}, unchecked; null if not. */
  private static TemporalAccessor fields(DateTimeFormatter format, String text) {
    ParsePosition position = new ParsePosition(0);
    TemporalAccessor fields = format.parseUnresolved(text, position);
    return fields != null && position.getErrorIndex() < 0 && position.getIndex() == text.length() ? fields : null;
  }

  private static boolean isAsciiDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return !text.isEmpty();
  }

  private static String withoutLeadingZeros(String digits) {
    int start = 0;
    while (start < digits.length() - 1 && digits.charAt(start) == '0') {
      start++;
    }
    return digits.substring(start);
  }

  private static Duration atMostMax(Duration wait) {
    return wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait;
  }

  /**
   * How long the service asked to wait, for a message: delay-seconds as the service wrote them
   * (even beyond {@link #MAX_RETRY_AFTER}), a date as the wait it was computed to be.
   */
  private static String describeWait(String value, Duration wait) {
    String text = value.strip();
    if (isAsciiDigits(text)) {
      return shorten(withoutLeadingZeros(text)) + " s";
    }
    return BigDecimal.valueOf(wait.toMillis(), 3).stripTrailingZeros().toPlainString() + " s";
  }

  private static String requestId(Headers headers) {
    for (String name : REQUEST_ID_HEADERS) {
      String value = headers.get(name);
      if (value != null && !value.isBlank()) {
        return shorten(value.strip());
      }
    }
    return null;
  }

  private static DateTimeFormatter timeOfDay() {
    return new DateTimeFormatterBuilder()
        .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
        .appendValue(ChronoField.MINUTE_OF_HOUR, 2).appendLiteral(':')
        .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
        .toFormatter(Locale.US);
  }

  private static String shorten(String text) {
    return text.length() <= MAX_MESSAGE_LENGTH ? text : text.substring(0, MAX_MESSAGE_LENGTH) + "...";
  }
}
