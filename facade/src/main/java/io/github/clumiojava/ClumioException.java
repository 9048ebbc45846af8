package io.github.clumiojava;

/**
 * The base of every exception this library throws for a failed call.
 *
 * <p>Unchecked. Catch a subclass to handle one kind of failure:
 * <ul>
 *   <li>{@link ClumioApiException}: the service answered with an HTTP error status (and its
 *       subclasses by status: {@link ClumioNotFoundException}, {@link
 *       ClumioAuthenticationException}, {@link ClumioThrottledException}, {@link
 *       ClumioServerException});
 *   <li>{@link ClumioTransportException}: no complete answer arrived (I/O failure, timeout);
 *   <li>{@link ClumioResponseException}: a success status whose body cannot be read.
 * </ul>
 *
 * <p>Invalid arguments are not reported with this type but with {@link
 * IllegalArgumentException} or {@link NullPointerException}, before any request is sent.
 *
 * <p>Messages never contain the API token.
 */
public class ClumioException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what went wrong
   * @param cause the underlying failure, or null
   */
  public ClumioException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Creates an exception without a cause.
   *
   * @param message what went wrong
   */
  public ClumioException(String message) {
    super(message);
  }
}
