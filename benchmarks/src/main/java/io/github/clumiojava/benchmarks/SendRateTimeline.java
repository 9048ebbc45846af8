package io.github.clumiojava.benchmarks;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * What a rate-limited server received over time: requests and admitted requests per 100 ms,
 * counted from {@link #startNow()} (or from when the timeline was created). Requests before the
 * start are counted in the first bucket, and after {@link #MAX_SECONDS} in the last. It also
 * keeps the admitted requests of each client per bucket, and the rate the clients' adaptive
 * limiting allowed itself, where sampled. Thread-safe.
 */
final class SendRateTimeline implements RateLimitedServer.Listener {
  static final int BUCKET_MILLIS = 100;
  static final int MAX_SECONDS = 300;
  private static final int BUCKETS = MAX_SECONDS * 1000 / BUCKET_MILLIS;

  private volatile long startNanos = System.nanoTime();
  private final AtomicIntegerArray sent = new AtomicIntegerArray(BUCKETS);
  private final AtomicIntegerArray admitted = new AtomicIntegerArray(BUCKETS);
  private final Map<String, AtomicIntegerArray> admittedByClient = new ConcurrentHashMap<>();
  /** The bits of a double per bucket; NaN where no client limited itself. */
  private final AtomicLongArray allowed = new AtomicLongArray(BUCKETS);

  SendRateTimeline() {
    for (int i = 0; i < BUCKETS; i++) {
      allowed.set(i, Double.doubleToRawLongBits(Double.NaN));
    }
  }

  /** Starts the time axis now. */
  void startNow() {
    startNanos = System.nanoTime();
  }

  private int bucketNow() {
    long sinceStart = Math.max(0, System.nanoTime() - startNanos);
    return (int) Math.min(BUCKETS - 1, sinceStart / (BUCKET_MILLIS * 1_000_000L));
  }

  /**
   * Records the rate the clients' adaptive limiting allows now, in the current bucket.
   *
   * @param perSecond their rates added up, or NaN when none limits itself
   */
  void sampleAllowedRate(double perSecond) {
    allowed.set(bucketNow(), Double.doubleToRawLongBits(perSecond));
  }

  /** The clients' adaptive rate sampled in this bucket, per second; NaN when none was. */
  double allowedPerSecond(int bucket) {
    return Double.longBitsToDouble(allowed.get(bucket));
  }

  @Override
  public void onRequest(String client, boolean wasAdmitted) {
    int bucket = bucketNow();
    sent.incrementAndGet(bucket);
    if (wasAdmitted) {
      admitted.incrementAndGet(bucket);
      admittedByClient.computeIfAbsent(client, c -> new AtomicIntegerArray(BUCKETS)).incrementAndGet(bucket);
    }
  }

  /** The number of buckets up to the last one that holds a request. */
  int length() {
    for (int i = BUCKETS - 1; i >= 0; i--) {
      if (sent.get(i) > 0) {
        return i + 1;
      }
    }
    return 0;
  }

  /** The requests received in this bucket. */
  int sent(int bucket) {
    return sent.get(bucket);
  }

  /** The requests admitted in this bucket. */
  int admitted(int bucket) {
    return admitted.get(bucket);
  }

  /**
   * The requests of one client admitted in the first buckets.
   *
   * @param client the client's token
   * @param buckets how many buckets from the start
   * @return the count
   */
  int admittedBy(String client, int buckets) {
    AtomicIntegerArray counts = admittedByClient.get(client);
    int sum = 0;
    for (int i = 0; counts != null && i < Math.min(buckets, BUCKETS); i++) {
      sum += counts.get(i);
    }
    return sum;
  }

  /** The highest rate of requests received in any bucket, per second. */
  int peakSentPerSecond() {
    int peak = 0;
    for (int i = 0; i < length(); i++) {
      peak = Math.max(peak, sent.get(i));
    }
    return peak * 1000 / BUCKET_MILLIS;
  }
}
