package io.github.clumiojava.benchmarks;

import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A token bucket, as a service enforces a request rate: it holds up to {@code burst} tokens,
 * starts full, and gains {@code perSecond} tokens a second; a request that finds a token takes
 * it, and one that finds none is refused. Thread-safe.
 */
final class TokenBucket {
  private static final double NANOS_PER_SECOND = 1e9;

  private final double perNano;
  private final double burst;
  private final LongSupplier nanoTime;
  private double tokens;
  private long refilledAt;

  /**
   * Creates a full bucket.
   *
   * @param perSecond the tokens gained per second, at least 1
   * @param burst the most tokens it holds, at least 1
   * @param nanoTime the ticker, such as {@code System::nanoTime}; read on every {@link #tryTake()}
   * @throws IllegalArgumentException if {@code perSecond} or {@code burst} is less than 1
   * @throws NullPointerException if {@code nanoTime} is null
   */
  TokenBucket(int perSecond, int burst, LongSupplier nanoTime) {
    if (perSecond < 1 || burst < 1) {
      throw new IllegalArgumentException("perSecond and burst must be at least 1, not " + perSecond + " and " + burst);
    }
    this.perNano = perSecond / NANOS_PER_SECOND;
    this.burst = burst;
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    this.tokens = burst;
    this.refilledAt = nanoTime.getAsLong();
  }

  /**
   * Takes a token if there is one.
   *
   * @return true if a token was taken (the request is admitted), false if the bucket is empty
   */
  synchronized boolean tryTake() {
    long now = nanoTime.getAsLong();
    tokens = Math.min(burst, tokens + (now - refilledAt) * perNano);
    refilledAt = now;
    if (tokens >= 1) {
      tokens -= 1;
      return true;
    }
    return false;
  }
}
