package io.github.clumiojava.internal;

import java.time.Duration;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The request rate a client allows itself, following the service's throttling: a token bucket
 * whose fill rate is cut when the service answers 429 and grows back along a cubic curve when it
 * stops (the congestion control of TCP CUBIC, RFC 9438, as in the adaptive retry mode of AWS SDK
 * for Java v2, with the differences below).
 *
 * <ul>
 *   <li><b>Off until throttled.</b> Until the first 429 nothing is limited ({@link #limiting()}
 *       is false and {@link #tryTake()} grants at once); after {@value #QUIET_SECONDS} seconds
 *       without a 429 it is off again.
 *   <li><b>Cut.</b> A 429 sets the curve's peak to the rate the service accepted: the answers
 *       other than 429 of the last second (while limiting, per second of sending since the last
 *       hold, and at most the rate allowed). The rate falls to {@value #BETA} of it.
 *   <li><b>One cut per throttling episode.</b> Every cut starts a new epoch; a 429 to a request
 *       sent in an earlier epoch (in flight when the rate was cut) does not cut again. AWS cuts
 *       on every 429, so a burst of answers to requests already in flight drives its rate to
 *       the floor.
 *   <li><b>{@code Retry-After} holds every send.</b> No token is granted until the longest
 *       {@code Retry-After} seen has passed (at most {@link BackoffPolicy#CAP}); the curve starts
 *       when the hold ends. AWS ignores the header.
 *   <li><b>Growth.</b> {@code rate(t) = SCALE (t - K)^3 + peak}, {@code K = cbrt(peak (1 - BETA) /
 *       SCALE)}, {@code t} seconds since the hold ended: back to the peak after {@code K}
 *       seconds, probing beyond it after that, but never past twice the answers of the last
 *       second (a client that does not use its rate does not grow it), nor past the ceiling.
 *   <li><b>Bucket.</b> Tokens accrue at the rate, up to {@value #BURST_SECONDS} s of it (at
 *       least one token); a cut leaves one token, for the first request after the hold.
 * </ul>
 *
 * <p>Time comes from an injected ticker (nanoseconds, like {@link System#nanoTime()}), so the
 * logic is tested without a clock. Thread-safe: {@link #limiting()}, {@link #epoch()} and {@link
 * #onAnswered()} are lock-free and allocation-free, for every call; the rest synchronizes on the
 * instance, and runs only while limiting or on a 429. A caller that holds the instance's monitor
 * around {@link #tryTake()} and {@link #epoch()} reads the epoch its token was taken in.
 *
 * <p>Not API: part of the library's implementation, which may change in any release.
 */
public final class AdaptiveRateLimit {
  /** The share of the accepted rate the rate is cut to on a 429. */
  static final double BETA = 0.7;
  /** How fast the rate grows back, in requests per second per second cubed. */
  static final double SCALE = 0.4;
  /** The lowest rate, in requests per second. */
  static final double MIN_RATE = 1;
  /** How many seconds of the rate the bucket holds at most. */
  static final double BURST_SECONDS = 0.1;
  /** Seconds without a 429 after which the client stops limiting itself. */
  static final long QUIET_SECONDS = 60;

  private static final double NANOS_PER_SECOND = 1e9;
  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
  /** The shortest stretch of sending a rate is measured over after a hold. */
  private static final long MIN_MEASURED = TimeUnit.MILLISECONDS.toNanos(250);
  /** The shortest wait {@link #tryTake()} returns, so that a pacer never spins. */
  private static final long MIN_WAIT = TimeUnit.MICROSECONDS.toNanos(100);
  private static final long MAX_HOLD = BackoffPolicy.CAP.toNanos();

  private final LongSupplier ticker;
  private final double ceiling;
  private final AnswerMeter answers;

  private volatile boolean limiting;
  private volatile int epoch;

  // Guarded by this.
  private double peak;
  private double secondsToPeak;
  private long growthStart;
  private long holdUntil;
  private long lastThrottle;
  private double tokens;
  private long lastRefill;

  /**
   * Creates the limit, not limiting yet.
   *
   * @param ticker the time in nanoseconds, like {@link System#nanoTime()}
   * @param ceiling the highest rate ever allowed (requests per second), or {@link
   *     Double#POSITIVE_INFINITY}
   */
  public AdaptiveRateLimit(LongSupplier ticker, double ceiling) {
    this.ticker = ticker;
    this.ceiling = ceiling;
    long now = ticker.getAsLong();
    this.answers = new AnswerMeter(now);
    this.growthStart = now;
    this.holdUntil = now;
    this.lastThrottle = now;
    this.lastRefill = now;
  }

  /**
   * Tells whether sends must take a token ({@link #tryTake()}); false before the first 429.
   * Lock-free.
   *
   * @return true while limiting
   */
  boolean limiting() {
    return limiting;
  }

  /**
   * Returns the current epoch, to be handed back with a 429 to the request sent now. Lock-free.
   *
   * @return the number of cuts so far
   */
  int epoch() {
    return epoch;
  }

  /** Counts an answer of the service other than 429. Lock-free and allocation-free. */
  void onAnswered() {
    answers.record(ticker.getAsLong());
  }

  /**
   * Takes the service's 429 into account: holds every send for its {@code Retry-After}, and cuts
   * the rate unless the request was sent before the last cut.
   *
   * @param sentInEpoch {@link #epoch()} when the throttled request was sent
   * @param retryAfter the answer's {@code Retry-After}, or null
   */
  synchronized void onThrottled(int sentInEpoch, Duration retryAfter) {
    long now = ticker.getAsLong();
    lastThrottle = now;
    if (retryAfter != null && !retryAfter.isNegative()) {
      long until = now + Math.min(MAX_HOLD, retryAfter.toNanos());
      if (until - holdUntil > 0) {
        holdUntil = until;
      }
    }
    if (limiting && sentInEpoch != epoch) {
      growthStart = later(growthStart, holdUntil); // a longer hold delays the growth too
      return;
    }
    double accepted = limiting ? Math.min(rateAt(now), measuredRate(now)) : answers.lastSecond(now);
    peak = Math.min(ceiling, Math.max(MIN_RATE, accepted));
    secondsToPeak = Math.cbrt(peak * (1 - BETA) / SCALE);
    growthStart = later(now, holdUntil);
    lastRefill = growthStart;
    tokens = 1; // one request (the throttled call's retry, first in line) may go when the hold ends
    epoch++;
    limiting = true;
  }

  /**
   * Takes a token for one request, if one is there.
   *
   * @return 0 if the request may be sent now (a token was taken, or nothing is limited); else the
   *     nanoseconds until a token may be there (the rest of a hold, or until the bucket refills)
   */
  synchronized long tryTake() {
    if (!limiting) {
      return 0;
    }
    long now = ticker.getAsLong();
    if (quiet(now)) {
      return 0;
    }
    if (holdUntil - now > 0) {
      return holdUntil - now;
    }
    double rate = rateAt(now);
    long from = later(lastRefill, holdUntil);
    if (now - from > 0) {
      tokens = Math.min(Math.max(1, rate * BURST_SECONDS), tokens + (now - from) / NANOS_PER_SECOND * rate);
    }
    lastRefill = now;
    if (tokens >= 1) {
      tokens -= 1;
      return 0;
    }
    return Math.max(MIN_WAIT, (long) Math.ceil((1 - tokens) / rate * NANOS_PER_SECOND));
  }

  /**
   * Returns the rate allowed now, for metrics and tests.
   *
   * @return requests per second: 0 during a hold; empty when not limiting
   */
  public synchronized OptionalDouble currentRate() {
    if (!limiting) {
      return OptionalDouble.empty();
    }
    long now = ticker.getAsLong();
    if (quiet(now)) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(holdUntil - now > 0 ? 0 : rateAt(now));
  }

  /** Stops limiting after a quiet spell. Called under the lock. */
  private boolean quiet(long now) {
    if (now - lastThrottle >= QUIET_SECONDS * SECOND) {
      limiting = false;
      return true;
    }
    return false;
  }

  /** The rate of the curve at {@code now}, within its bounds. Called under the lock. */
  private double rateAt(long now) {
    double seconds = Math.max(0, now - growthStart) / NANOS_PER_SECOND;
    double offset = seconds - secondsToPeak;
    double rate = Math.max(MIN_RATE, SCALE * offset * offset * offset + peak);
    if (rate > peak) {
      rate = Math.max(peak, Math.min(rate, 2.0 * answers.lastSecond(now)));
    }
    return Math.min(ceiling, rate);
  }

  /**
   * The answers other than 429 per second of sending since the last hold ended (or over the
   * last second, if that is shorter). Called under the lock.
   */
  private double measuredRate(long now) {
    long span = Math.min(SECOND, Math.max(MIN_MEASURED, now - growthStart));
    return answers.lastSecond(now) * (NANOS_PER_SECOND / span);
  }

  private static long later(long a, long b) {
    return a - b >= 0 ? a : b;
  }
}
