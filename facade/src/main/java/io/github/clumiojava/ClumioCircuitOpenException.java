package io.github.clumiojava;

/**
 * The client's circuit breaker is open: recent calls failed so often (5xx, 429, transport
 * failures) that the client stops calling the service for a while. The call failed at once,
 * without any network I/O, and is not retried. Try again later; the breaker lets trial calls
 * through after its open duration (30 s by default) and closes when they succeed.
 */
public class ClumioCircuitOpenException extends ClumioException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong
   * @param cause the underlying exception, or null (the client sets none)
   */
  public ClumioCircuitOpenException(String message, Throwable cause) {
    super(message, cause);
  }
}
