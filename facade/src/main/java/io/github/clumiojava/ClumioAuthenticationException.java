package io.github.clumiojava;

import java.time.Duration;
import java.util.List;

/**
 * The service answered 401 or 403: the token is missing, expired or invalid, or lacks permission for this call.
 */
public class ClumioAuthenticationException extends ClumioApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong; must not contain secrets
   * @param statusCode the HTTP status
   * @param errors the errors the service listed; may be empty, not null
   * @param requestId the request id the service returned in a header, or null
   */
  public ClumioAuthenticationException(String message, int statusCode, List<ClumioError> errors, String requestId) {
    super(message, statusCode, errors, requestId);
  }

  /**
   * Creates the exception for an answer that said when to retry.
   *
   * @param message what went wrong; must not contain secrets
   * @param statusCode the HTTP status
   * @param errors the errors the service listed; may be empty, not null
   * @param requestId the request id the service returned in a header, or null
   * @param retryAfter how long the answer's {@code Retry-After} header asked to wait, or null
   */
  public ClumioAuthenticationException(String message, int statusCode, List<ClumioError> errors, String requestId, Duration retryAfter) {
    super(message, statusCode, errors, requestId, retryAfter);
  }
}
