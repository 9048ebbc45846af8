package io.github.clumiojava.internal;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The circuit breaker's permission for one call, settled exactly once, whichever of the call's
 * paths (result, failure, cancellation, interruption, {@code close()}, a bug) gets there first.
 * The breaker judges calls, not attempts: a call that succeeds after retries is one success.
 *
 * <p>A permission belongs to the breaker state it was taken in. A call that outlives that state
 * (it started while the circuit was closed, and the circuit has since opened) settles nothing:
 * its outcome must not count among the trial calls of a half-open circuit, and giving its
 * permission back there would add a trial permission the circuit never handed out. The state is
 * compared, not tracked with an event consumer: any consumer makes Resilience4j create an event
 * (with a time stamp) for every call, which was most of the client's own cost per call.
 *
 * <p>Thread-safe.
 */
final class BreakerPermit {
  private final CircuitBreaker breaker;
  private final CircuitBreaker.State state;
  /** The metrics of the state it was taken in: a new closed or half-open period has new ones. */
  private final CircuitBreaker.Metrics period;
  private final long start = System.nanoTime();
  private final AtomicBoolean settled = new AtomicBoolean();

  private BreakerPermit(CircuitBreaker breaker, CircuitBreaker.State state) {
    this.breaker = breaker;
    this.state = state;
    this.period = breaker.getMetrics();
  }

  /**
   * Takes a permission.
   *
   * @param breaker the breaker
   * @return the permit, or null when the breaker refuses (it is open, or half-open with every
   *     trial permission taken)
   */
  static BreakerPermit tryAcquire(CircuitBreaker breaker) {
    // The state is read after the permission: taking it may itself move an open circuit to
    // half-open, and the trial permission belongs to that new state.
    return breaker.tryAcquirePermission() ? new BreakerPermit(breaker, breaker.getState()) : null;
  }

  /**
   * Whether the circuit has left the state this permission was taken in and now refuses calls:
   * a call waiting to retry then stops.
   */
  boolean circuitOpenedSince() {
    CircuitBreaker.State now = breaker.getState();
    return !inItsPeriod() && (now == CircuitBreaker.State.OPEN
        || now == CircuitBreaker.State.FORCED_OPEN || now == CircuitBreaker.State.HALF_OPEN);
  }

  /** Records the call as a success. */
  void success() {
    if (settle()) {
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
    if (settle()) {
      breaker.onError(elapsed(), TimeUnit.NANOSECONDS, failure);
    }
  }

  /** Gives the permission back unrecorded: the call was cancelled, interrupted or cut short. */
  void release() {
    if (settle()) {
      breaker.releasePermission();
    }
  }

  /** True the first time only, and only while the breaker is in the state of the permission. */
  private boolean settle() {
    return settled.compareAndSet(false, true) && inItsPeriod();
  }

  /**
   * Whether the breaker is still in the period this permission was taken in: the same state, and
   * the same metrics (a later half-open period of the same kind has metrics of its own).
   */
  private boolean inItsPeriod() {
    return breaker.getState() == state && breaker.getMetrics() == period;
  }

  private long elapsed() {
    return System.nanoTime() - start;
  }
}
