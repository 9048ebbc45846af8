package io.github.clumiojava.testkit.internal;

import java.time.Duration;
import java.util.Objects;

/**
 * What the fake answers to one request: a status with a body, or no answer at all (the
 * connection is dropped), possibly after a delay.
 *
 * <p>Not API: part of the test kit's implementation, which may change in any release.
 *
 * @param status the HTTP status; 0 when the connection is dropped
 * @param contentType the body's media type; null when dropped
 * @param body the body; null when dropped
 * @param retryAfterSeconds the {@code Retry-After} header's value in seconds, or null for none
 * @param delay how long to wait before answering; zero for at once
 * @param dropConnection true to close the connection without an answer
 */
public record Answer(int status, String contentType, String body, Long retryAfterSeconds, Duration delay,
    boolean dropConnection) {

  /** The media type of the API's successful answers. */
  public static final String API_MEDIA_TYPE = "application/api.clumio.backup-aws-dynamodb-tables=v1+json";
  /** The media type of the API's error answers. */
  public static final String ERROR_MEDIA_TYPE = "application/json";

  /** Checks the delay. */
  public Answer {
    Objects.requireNonNull(delay, "delay");
  }

  static Answer ok(String json) {
    return new Answer(200, API_MEDIA_TYPE, json, null, Duration.ZERO, false);
  }

  static Answer error(int status, long code, String message) {
    return new Answer(status, ERROR_MEDIA_TYPE, WireJson.error(code, message), null, Duration.ZERO, false);
  }

  static Answer tooManyRequests(long retryAfterSeconds, String message) {
    return new Answer(429, ERROR_MEDIA_TYPE, WireJson.error(429, message), retryAfterSeconds, Duration.ZERO, false);
  }

  static Answer dropped() {
    return new Answer(0, null, null, null, Duration.ZERO, true);
  }

  /** This answer, given after the delay. */
  Answer after(Duration wait) {
    return new Answer(status, contentType, body, retryAfterSeconds, wait, dropConnection);
  }
}
