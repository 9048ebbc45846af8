package io.github.clumiojava.internal;

import io.github.clumiojava.ClumioApiException;
import io.github.clumiojava.ClumioThrottledException;
import io.github.clumiojava.ClumioServerException;
import io.github.clumiojava.ClumioTransportException;
import java.util.Set;

/**
 * Which failures are worth another attempt, and which count against the service's health.
 *
 * <p>Not API: part of the library's implementation, which may change in any release.
 */
public final class FailurePolicy {
  /** HTTP statuses that are retried: timeout, throttling, and the transient server errors. */
  public static final Set<Integer> RETRYABLE_STATUSES = Set.of(408, 429, 500, 502, 503, 504);

  private FailurePolicy() {}

  /**
   * Whether another attempt may succeed: a transport failure, or an HTTP status in {@link
   * #RETRYABLE_STATUSES}. Never an unreadable success body, an open circuit or a client-side
   * limit.
   *
   * @param failure the failure of an attempt
   * @return true to retry
   */
  public static boolean isRetryable(Throwable failure) {
    return failure instanceof ClumioTransportException
        || failure instanceof ClumioApiException api && RETRYABLE_STATUSES.contains(api.statusCode());
  }

  /**
   * Whether a failure says the service is unhealthy, for the circuit breaker and the retry
   * budget: 5xx and transport failures. Any other answer (a 404 included) shows a service that
   * answers; throttling (429) is {@linkplain #isThrottling ignored} by the breaker.
   *
   * @param failure the failure of a call or an attempt
   * @return true to count it as a failure
   */
  public static boolean countsAgainstTheService(Throwable failure) {
    return failure instanceof ClumioServerException || failure instanceof ClumioTransportException;
  }

  /**
   * Whether a failure is the service's throttling (429): neither a success nor a failure of the
   * service, so the library's circuit breaker ignores it.
   *
   * @param failure the failure of a call
   * @return true for throttling
   */
  public static boolean isThrottling(Throwable failure) {
    return failure instanceof ClumioThrottledException;
  }
}
