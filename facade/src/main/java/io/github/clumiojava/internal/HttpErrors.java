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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/** Turns an HTTP error answer into the typed exception for its status. */
public final class HttpErrors {
  /** Headers that may carry the id of the request, in the order they are looked up. */
  static final List<String> REQUEST_ID_HEADERS = List.of("x-request-id", "x-amzn-requestid", "x-amz-request-id");

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
    Duration retryAfter = retryAfter(headers.get("Retry-After"));
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
    String location = headers.get("Location");
    if (status >= 300 && status <= 399 && location != null) {
      HttpUrl target = HttpUrl.parse(location);
      message.append(" (a redirect to ").append(target == null ? "an invalid location"
              : target.newBuilder().query(null).fragment(null).username("").password("").build())
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
   * Parses a {@code Retry-After} value: delta-seconds, or an HTTP date (a date in the past
   * means no wait).
   *
   * @return the wait, or null when the value is absent or malformed
   */
  Duration retryAfter(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.chars().allMatch(Character::isDigit)) {
      try {
        return Duration.ofSeconds(Long.parseLong(text));
      } catch (NumberFormatException tooLarge) {
        return Duration.ofSeconds(Long.MAX_VALUE);
      }
    }
    try {
      Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(clock.instant(), at);
      return wait.isNegative() ? Duration.ZERO : wait;
    } catch (DateTimeParseException malformed) {
      return null;
    }
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

  private static String shorten(String text) {
    return text.length() <= MAX_MESSAGE_LENGTH ? text : text.substring(0, MAX_MESSAGE_LENGTH) + "...";
  }
}
