package io.github.clumiojava;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The service answered with an HTTP status that is not a success (4xx, 5xx, or a redirect that
 * is not followed, such as one from https to plain http).
 *
 * <p>Thrown as one of the subclasses where the status has one ({@link ClumioNotFoundException},
 * {@link ClumioAuthenticationException}, {@link ClumioThrottledException}, {@link
 * ClumioServerException}), as this class for any other status. The status is always right, even
 * when the body is not Clumio's JSON error list (an HTML page from a proxy, an empty body): then
 * {@link #errors()} is empty.
 */
public class ClumioApiException extends ClumioException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status of the answer. */
  private final int statusCode;
  private final transient List<ClumioError> errors;
  /** The service's request id, or null. */
  private final String requestId;
  /** How long the service asked to wait before another request, or null. */
  private final Duration retryAfter;

  /**
   * Creates an exception for an error answer.
   *
   * @param message what went wrong; must not contain secrets
   * @param statusCode the HTTP status
   * @param errors the errors the service listed; may be empty, not null
   * @param requestId the request id the service returned in a header, or null
   */
  public ClumioApiException(String message, int statusCode, List<ClumioError> errors, String requestId) {
    this(message, statusCode, errors, requestId, null);
  }

  /**
   * Creates an exception for an error answer that said when to retry.
   *
   * @param message what went wrong; must not contain secrets
   * @param statusCode the HTTP status
   * @param errors the errors the service listed; may be empty, not null
   * @param requestId the request id the service returned in a header, or null
   * @param retryAfter how long the answer's {@code Retry-After} header asked to wait, or null
   */
  public ClumioApiException(String message, int statusCode, List<ClumioError> errors, String requestId,
      Duration retryAfter) {
    super(message);
    this.statusCode = statusCode;
    this.errors = List.copyOf(errors);
    this.requestId = requestId;
    this.retryAfter = retryAfter;
  }

  /**
   * Returns the HTTP status of the answer.
   *
   * @return the status: 4xx or 5xx, or an unfollowed 1xx/3xx
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Returns the errors the service listed in the body.
   *
   * @return an immutable list, empty when the body held none or was not JSON; never null
   */
  public List<ClumioError> errors() {
    return errors == null ? List.of() : errors;
  }

  /**
   * Returns the request id the service sent back ({@code x-request-id} or {@code
   * x-amzn-requestid} header), to quote to Clumio support.
   *
   * @return the id, or empty when the answer carried none
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * Returns how long the answer's {@code Retry-After} header asked the client to wait, in
   * either of its forms (delta-seconds or an HTTP date). A wait longer than about 31 years is
   * returned as 999,999,999 seconds.
   *
   * @return the wait, zero or more; empty when the answer had no valid {@code Retry-After}
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
