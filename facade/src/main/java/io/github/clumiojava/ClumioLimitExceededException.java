package io.github.clumiojava;

/**
 * A client-side limit refused the call's next request, so it was not sent: the bulkhead the
 * application configured had no free slot ({@code maxConcurrentCalls}), or a rate limit had no
 * turn for the call within its deadline, whether the rate limiter the application configured or
 * the client's adaptive rate limit after the service throttled it (HTTP 429), or, with adaptive
 * rate limiting on, every one of the client's send slots (the requests its HTTP dispatcher runs
 * at once) stayed busy until the call's deadline. On the first attempt nothing was sent; on a
 * retry, the earlier attempts' failures are attached as suppressed exceptions. Not retried.
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
