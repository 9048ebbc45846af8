package io.github.clumiojava.testkit.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A token bucket, like the organization's rate limit: it holds at most one second's worth of
 * tokens, starts full, and refills continuously at the rate. Its owner tells it the time (from a
 * clock that tests can move). Not thread-safe: its owner locks.
 */
final class TokenBucket {
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private final int perSecond;
  private double tokens;
  private Instant refilled;

  /**
   * Creates a full bucket.
   *
   * @param perSecond the rate, at least 1
   * @param now the present
   */
  TokenBucket(int perSecond, Instant now) {
    this.perSecond = perSecond;
    this.tokens = perSecond;
    this.refilled = now;
  }

  int perSecond() {
    return perSecond;
  }

  /**
   * Takes a token if there is one.
   *
   * @param now the present; a present before the last one adds no tokens
   * @return empty if a token was taken; otherwise how long until the next token
   */
  Optional<Duration> take(Instant now) {
    if (now.isAfter(refilled)) {
      double elapsedSeconds = (double) Duration.between(refilled, now).toNanos() / NANOS_PER_SECOND;
      tokens = Math.min(perSecond, tokens + elapsedSeconds * perSecond);
      refilled = now;
    }
    if (tokens >= 1) {
      tokens -= 1;
      return Optional.empty();
    }
    return Optional.of(Duration.ofNanos((long) Math.ceil((1 - tokens) * NANOS_PER_SECOND / perSecond)));
  }
}
