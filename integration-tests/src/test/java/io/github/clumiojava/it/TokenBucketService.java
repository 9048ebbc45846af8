package io.github.clumiojava.it;

import java.util.concurrent.TimeUnit;

/**
 * Clumio's rate limit as a {@link ServerFaults} rule: a token bucket of {@code ratePerSecond}
 * requests a second holding at most {@code burst}, full at the start; a request that finds it
 * empty is answered 429 (with the {@code Retry-After} the rule is applied with). It counts what
 * it let through and what it throttled. Wall-clock time: it is the server.
 */
final class TokenBucketService implements ServerFaults.Rule {
  private final double ratePerSecond;
  private final double burst;
  private double tokens;
  private long last = System.nanoTime();
  private int accepted;
  private int throttled;

  TokenBucketService(double ratePerSecond, double burst) {
    this.ratePerSecond = ratePerSecond;
    this.burst = burst;
    this.tokens = burst;
  }

  @Override
  public synchronized int status(int request, int requestForPath) {
    long now = System.nanoTime();
    tokens = Math.min(burst, tokens + (now - last) * ratePerSecond / TimeUnit.SECONDS.toNanos(1));
    last = now;
    if (tokens >= 1) {
      tokens -= 1;
      accepted++;
      return 0;
    }
    throttled++;
    return 429;
  }

  synchronized int accepted() {
    return accepted;
  }

  synchronized int throttled() {
    return throttled;
  }
}
