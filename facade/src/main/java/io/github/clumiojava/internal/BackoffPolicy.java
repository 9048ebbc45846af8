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
 * (429), or exactly what a {@code Retry-After} header asked for. Returns -1 (give up) when the
 * wait would not end before the call's deadline, when a {@code Retry-After} asked for longer than
 * the cap (the service said when it will answer, and an earlier attempt would only add load), or
 * when the client's {@link RetryBudget} has no token for a retry that needs one.
 *
 * <p>Not API: part of the library's implementation, which may change in any release.
 */
public final class BackoffPolicy implements IntervalBiFunction<Object> {
  /** The base delay after a failure other than throttling. */
  public static final Duration BASE = Duration.ofMillis(100);
  /** The base delay after a 429. */
  public static final Duration THROTTLED_BASE = Duration.ofSeconds(1);
  /** The longest wait between two attempts; a longer {@code Retry-After} means no retry. */
  public static final Duration CAP = Duration.ofSeconds(20);

  /**
   * The limits of the call whose thread is asking Resilience4j for the next interval. Set only
   * around that one synchronous call, so that the Retry's events tell what really happens.
   */
  private static final ThreadLocal<Limits> LIMITS = new ThreadLocal<>();

  /**
   * What bounds the next wait of one call: its deadline, and the client's retry budget.
   * Mutable, confined to the thread that decides.
   */
  static final class Limits {
    private final long remainingMillis;
    private final RetryBudget budget;
    private boolean tokenTaken;

    /**
     * @param remainingMillis time left until the call's deadline
     * @param budget the budget the retry must take a token from, or null when it needs none
     */
    Limits(long remainingMillis, RetryBudget budget) {
      this.remainingMillis = remainingMillis;
      this.budget = budget;
    }

    /** Whether the decision took a token from the budget. */
    boolean tokenTaken() {
      return tokenTaken;
    }
  }

  /**
   * Asks for the next interval with the current call's limits in view.
   *
   * @param limits the call's deadline and budget; records whether a token was taken
   * @param decision the call to Resilience4j's retry context
   * @return what {@code decision} returns
   */
  static long decide(Limits limits, LongSupplier decision) {
    LIMITS.set(limits);
    try {
      return decision.getAsLong();
    } finally {
      LIMITS.remove();
    }
  }

  @Override
  public Long apply(Integer attempt, Either<Throwable, Object> outcome) {
    long delay = delayMillis(attempt, outcome.isLeft() ? outcome.getLeft() : null);
    Limits limits = LIMITS.get();
    if (limits == null || delay < 0) {
      return delay;
    }
    if (delay >= limits.remainingMillis) {
      return -1L;
    }
    if (limits.budget != null) {
      if (!limits.budget.tryAcquire()) {
        return -1L;
      }
      limits.tokenTaken = true;
    }
    return delay;
  }

  private static long delayMillis(int attempt, Throwable failure) {
    long cap = CAP.toMillis();
    if (failure instanceof ClumioApiException api && api.retryAfter().isPresent()) {
      Duration asked = api.retryAfter().get();
      return asked.compareTo(CAP) > 0 ? -1 : asked.toMillis();
    }
    long base = (failure instanceof ClumioThrottledException ? THROTTLED_BASE : BASE).toMillis();
    long ceiling = Math.min(cap, base << Math.min(attempt - 1, 30));
    return ThreadLocalRandom.current().nextLong(ceiling + 1);
  }
}
