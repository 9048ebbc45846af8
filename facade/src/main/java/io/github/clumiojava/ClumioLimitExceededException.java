package io.github.clumiojava;

/**
 * A client-side limit that the application configured refused the call before any request was
 * sent: the bulkhead had no free slot ({@code maxConcurrentCalls}), or the rate limiter had no
 * permit within the call's deadline. Not retried.
 */
public class ClumioLimitExceededException extends ClumioException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which limit refused the call
   * @param cause Resilience4j's exception, or null
   */
  public ClumioLimitExceededException(String message, Throwable cause) {
    super(message, cause);
  }
}
