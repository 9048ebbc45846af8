package io.github.clumiojava.internal;

import io.github.clumiojava.ClumioApiException;
import io.github.clumiojava.ClumioThrottledException;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.functions.Either;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;

/**
 * How long to wait before the next attempt: exponential backoff with full jitter (a random wait
 * between zero and {@code min(cap, base * 2^(attempt-1))}), with a longer base after throttling
 * (429), or exactly what a {@code Retry-After} header asked for, up to the cap. Returns -1 (give
 * up) when the wait would not end before the call's deadline.
 */
public final class BackoffPolicy implements IntervalBiFunction<Object> {
  /** The base delay after a failure other than throttling. */
  public static final Duration BASE = Duration.ofMillis(100);
  /** The base delay after a 429. */
  public static final Duration THROTTLED_BASE = Duration.ofSeconds(1);
  /** The longest wait between two attempts. */
  public static final Duration CAP = Duration.ofSeconds(20);

  /**
   * The time left until the current call's deadline, in milliseconds, for the thread that is
   * asking Resilience4j for the next interval. Set only around that one synchronous call.
   */
  private static final ThreadLocal<Long> REMAINING_MILLIS = new ThreadLocal<>();

  /**
   * Asks for the next interval with the current call's remaining time in view.
   *
   * @param remainingMillis time left until the deadline
   * @param decision the call to Resilience4j's retry context
   * @return what {@code decision} returns
   */
  static long withRemaining(long remainingMillis, LongSupplier decision) {
    REMAINING_MILLIS.set(remainingMillis);
    try {
      return decision.getAsLong();
    } finally {
      REMAINING_MILLIS.remove();
    }
  }

  @Override
  public Long apply(Integer attempt, Either<Throwable, Object> outcome) {
    long delay = delayMillis(attempt, outcome.isLeft() ? outcome.getLeft() : null);
    Long remaining = REMAINING_MILLIS.get();
    return remaining != null && delay >= remaining ? -1L : delay;
  }

  private static long delayMillis(int attempt, Throwable failure) {
    long cap = CAP.toMillis();
    if (failure instanceof ClumioApiException api && api.retryAfter().isPresent()) {
      return Math.min(cap, api.retryAfter().get().toMillis());
    }
    long base = (failure instanceof ClumioThrottledException ? THROTTLED_BASE : BASE).toMillis();
    long ceiling = Math.min(cap, base << Math.min(attempt - 1, 30));
    return ThreadLocalRandom.current().nextLong(ceiling + 1);
  }
}
