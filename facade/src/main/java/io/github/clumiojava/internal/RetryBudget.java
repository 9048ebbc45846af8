package io.github.clumiojava.internal;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Bounds how many retries one client sends to a failing service, so that in an outage retries
 * cannot multiply the load (the retry quota of AWS SDK for Java v2's standard mode, scaled to
 * the calls made, as in Finagle's retry budget).
 *
 * <p>The budget holds tokens, {@value #CAPACITY} at most, and starts full. Every call adds
 * {@value #DEPOSIT_PER_CALL} of a token; a retry after a failure that counts against the service
 * takes one token before it is scheduled, and is not made when none is left; a retried attempt
 * that succeeds gives its token back. So over {@code n} calls in an outage at most {@code
 * CAPACITY + DEPOSIT_PER_CALL * n} retries are sent, while a healthy service with occasional
 * failures keeps the budget full (see the README's Resilience section for the numbers).
 *
 * <p>Retries after throttling (429) take no token: the service asked for them and said when.
 *
 * <p>Thread-safe and lock-free.
 *
 * <p>Not API: part of the library's implementation, which may change in any release.
 */
public final class RetryBudget {
  /** The most tokens the budget holds, and what it starts with. */
  public static final int CAPACITY = 20;
  /** The share of a token every call adds. */
  public static final double DEPOSIT_PER_CALL = 0.2;

  /** Tokens are counted in hundredths so that deposits stay exact integers. */
  private static final long UNIT = 100;
  private static final long CAPACITY_UNITS = CAPACITY * UNIT;
  private static final long DEPOSIT_UNITS = Math.round(DEPOSIT_PER_CALL * UNIT);

  private final AtomicLong units = new AtomicLong(CAPACITY_UNITS);

  /** Adds a call's deposit. */
  public void onCall() {
    add(DEPOSIT_UNITS);
  }

  /**
   * Takes the token for one retry.
   *
   * @return true if a token was taken and the retry may be made
   */
  public boolean tryAcquire() {
    long current;
    do {
      current = units.get();
      if (current < UNIT) {
        return false;
      }
    } while (!units.compareAndSet(current, current - UNIT));
    return true;
  }

  /** Gives back the token of a retry that succeeded. */
  public void refund() {
    add(UNIT);
  }

  /**
   * Returns the tokens left, for metrics and tests.
   *
   * @return the number of whole retries the budget allows now
   */
  public long available() {
    return units.get() / UNIT;
  }

  private void add(long amount) {
    units.accumulateAndGet(amount, (current, added) -> Math.min(CAPACITY_UNITS, current + added));
  }
}
