package io.github.clumiojava;

/**
 * The client's circuit breaker is open: recent calls failed so often (5xx, 429, transport
 * failures) that the client stops calling the service for a while. The call failed at once,
 * without any network I/O, and is not retried. Try again later; the breaker lets trial calls
 * through after its open duration (30 s by default) and closes when they succeed.
 *
 * <p>Under the library's circuit breaker configuration it carries no stack trace (its cause is
 * the breaker, and failing fast should cost next to nothing). Under an application's own
 * configuration, Resilience4j's {@code writableStackTraceEnabled} decides (true unless set).
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

  /**
   * Creates the exception, with or without a stack trace. The client passes its circuit
   * breaker configuration's {@code writableStackTraceEnabled}.
   *
   * @param message what went wrong
   * @param cause the underlying exception, or null (the client sets none)
   * @param writableStackTrace false for no stack trace: {@link #getStackTrace()} is then empty
   */
  public ClumioCircuitOpenException(String message, Throwable cause, boolean writableStackTrace) {
    super(message, cause, writableStackTrace);
  }
}
