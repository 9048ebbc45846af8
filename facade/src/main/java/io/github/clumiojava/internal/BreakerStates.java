package io.github.clumiojava.internal;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts a circuit breaker's state transitions, so that a {@link BreakerPermit} can tell whether
 * the state it was taken in still holds. Thread-safe.
 */
final class BreakerStates {
  private final AtomicLong epoch = new AtomicLong();

  /**
   * Starts counting the transitions of a breaker.
   *
   * @param breaker the breaker
   */
  BreakerStates(CircuitBreaker breaker) {
    breaker.getEventPublisher().onStateTransition(event -> epoch.incrementAndGet());
  }

  /** The number of transitions so far. */
  long epoch() {
    return epoch.get();
  }
}
