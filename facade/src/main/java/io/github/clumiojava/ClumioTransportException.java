package io.github.clumiojava;

/**
 * No complete answer arrived: the connection could not be made or was reset, the body was cut
 * short, a timeout ran out, or the call was interrupted. The cause holds the underlying {@link
 * java.io.IOException} (for example {@link java.net.SocketTimeoutException}).
 */
public class ClumioTransportException extends ClumioException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong; must not contain secrets
   * @param cause the underlying failure
   */
  public ClumioTransportException(String message, Throwable cause) {
    super(message, cause);
  }
}
