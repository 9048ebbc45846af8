package io.github.clumiojava;

import java.util.List;
import java.util.Optional;

/**
 * The service answered with an HTTP error status (4xx or 5xx).
 *
 * <p>Thrown as one of the subclasses where the status has one ({@link ClumioNotFoundException},
 * {@link ClumioAuthenticationException}, {@link ClumioThrottledException}, {@link
 * ClumioServerException}), as this class for any other status. The status is always right, even
 * when the body is not Clumio's JSON error list (an HTML page from a proxy, an empty body): then
 * {@link #errors()} is empty.
 */
public class ClumioApiException extends ClumioException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final transient List<ClumioError> errors;
  private final String requestId;

  /**
   * Creates an exception for an error answer.
   *
   * @param message what went wrong; must not contain secrets
   * @param statusCode the HTTP status
   * @param errors the errors the service listed; may be empty, not null
   * @param requestId the request id the service returned in a header, or null
   */
  public ClumioApiException(String message, int statusCode, List<ClumioError> errors, String requestId) {
    super(message);
    this.statusCode = statusCode;
    this.errors = List.copyOf(errors);
    this.requestId = requestId;
  }

  /**
   * Returns the HTTP status of the answer.
   *
   * @return the status, 400 to 599
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
}
