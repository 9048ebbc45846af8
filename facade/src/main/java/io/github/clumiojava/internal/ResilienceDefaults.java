package io.github.clumiojava.internal;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Clock;
import java.time.Duration;

/**
 * The library's Resilience4j configurations; each default is in the README's table.
 *
 * <p>Not API: part of the library's implementation, which may change in any release.
 */
public final class ResilienceDefaults {
  /** Attempts per call, the first one included. */
  public static final int MAX_ATTEMPTS = 3;
  /** The circuit opens when at least this share of the recorded calls failed, in percent. */
  public static final float FAILURE_RATE_THRESHOLD = 50;
  /** How many of the latest calls the failure rate is computed over. */
  public static final int SLIDING_WINDOW_SIZE = 20;
  /** The fewest calls before the failure rate counts. */
  public static final int MINIMUM_NUMBER_OF_CALLS = 10;
  /** How long the circuit stays open before it lets trial calls through. */
  public static final Duration WAIT_IN_OPEN_STATE = Duration.ofSeconds(5);
  /** How many trial calls the half-open circuit lets through. */
  public static final int CALLS_IN_HALF_OPEN_STATE = 3;

  private ResilienceDefaults() {}

  /**
   * The retry: {@link FailurePolicy#isRetryable} failures, {@link BackoffPolicy} waits.
   *
   * @param maxAttempts attempts per call, the first one included
   * @return the configuration
   */
  public static RetryConfig retryConfig(int maxAttempts) {
    return RetryConfig.custom()
        .maxAttempts(maxAttempts)
        .retryOnException(FailurePolicy::isRetryable)
        .intervalBiFunction(new BackoffPolicy())
        .failAfterMaxAttempts(false)
        .build();
  }

  /**
   * The circuit breaker, which judges whole calls: only {@link
   * FailurePolicy#countsAgainstTheService} failures count, throttling is ignored, any other
   * outcome is a success. Its
   * {@link io.github.clumiojava.ClumioCircuitOpenException} has no stack trace: its cause is
   * known, filling one in is most of the cost of failing fast (and grows with the caller's stack
   * depth), and an open circuit can throw thousands a second into the application's logs. This
   * is Resilience4j's own switch, {@code writableStackTraceEnabled}.
   *
   * @param clock the clock its open duration is measured with
   * @return the configuration
   */
  public static CircuitBreakerConfig circuitBreakerConfig(Clock clock) {
    return CircuitBreakerConfig.custom()
        .failureRateThreshold(FAILURE_RATE_THRESHOLD)
        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
        .slidingWindowSize(SLIDING_WINDOW_SIZE)
        .minimumNumberOfCalls(MINIMUM_NUMBER_OF_CALLS)
        .waitDurationInOpenState(WAIT_IN_OPEN_STATE)
        .permittedNumberOfCallsInHalfOpenState(CALLS_IN_HALF_OPEN_STATE)
        .recordException(FailurePolicy::countsAgainstTheService)
        .ignoreException(FailurePolicy::isThrottling)
        .writableStackTraceEnabled(false)
        .clock(clock)
        .build();
  }

  /**
   * A rate limiter of so many requests per second; a call waits for a permit up to its deadline.
   *
   * @param name the limiter's name
   * @param requestsPerSecond permits per second
   * @param callTimeout the longest a call may wait
   * @return the limiter
   */
  public static RateLimiter rateLimiter(String name, int requestsPerSecond, Duration callTimeout) {
    return RateLimiter.of(name, RateLimiterConfig.custom()
        .limitForPeriod(requestsPerSecond)
        .limitRefreshPeriod(Duration.ofSeconds(1))
        .timeoutDuration(callTimeout)
        .build());
  }

  /**
   * A bulkhead of so many concurrent attempts; one more fails at once.
   *
   * @param name the bulkhead's name
   * @param maxConcurrentCalls the limit
   * @return the bulkhead
   */
  public static Bulkhead bulkhead(String name, int maxConcurrentCalls) {
    return Bulkhead.of(name, BulkheadConfig.custom()
        .maxConcurrentCalls(maxConcurrentCalls)
        .maxWaitDuration(Duration.ZERO)
        .build());
  }
}
