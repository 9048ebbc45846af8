package io.github.clumiojava.internal;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The circuit breaker's permission for one call, settled exactly once, whichever of the call's
 * paths (result, failure, cancellation, interruption, {@code close()}, a bug) gets there first.
 * The breaker judges calls, not attempts: a call that succeeds after retries is one success.
 *
 * <p>Thread-safe.
 */
final class BreakerPermit {
  private final CircuitBreaker breaker;
  private final long start = System.nanoTime();
  private final AtomicBoolean settled = new AtomicBoolean();

  private BreakerPermit(CircuitBreaker breaker) {
    this.breaker = breaker;
  }

  /**
   * Takes a permission.
   *
   * @param breaker the breaker
   * @return the permit, or null when the breaker refuses (it is open, or half-open with every
   *     trial permission taken)
   */
  static BreakerPermit tryAcquire(CircuitBreaker breaker) {
    return breaker.tryAcquirePermission() ? new BreakerPermit(breaker) : null;
  }

  /** Records the call as a success. */
  void success() {
    if (settled.compareAndSet(false, true)) {
      breaker.onSuccess(elapsed(), TimeUnit.NANOSECONDS);
    }
  }

  /**
   * Records the call's final failure; the breaker's configuration decides whether it counts as
   * a failure, a success or not at all (the library's ignores throttling).
   *
   * @param failure what the call failed with
   */
  void failure(Throwable failure) {
    if (settled.compareAndSet(false, true)) {
      breaker.onError(elapsed(), TimeUnit.NANOSECONDS, failure);
    }
  }

  /** Gives the permission back unrecorded: the call was cancelled, interrupted or cut short. */
  void release() {
    if (settled.compareAndSet(false, true)) {
      breaker.releasePermission();
    }
  }

  private long elapsed() {
    return System.nanoTime() - start;
  }
}
