package io.github.clumiojava.benchmarks;

import io.github.clumiojava.testservers.RateLimitedServer;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * What a rate-limited server received over time: requests and admitted requests per 100 ms,
 * counted from {@link #startNow()} (or from when the timeline was created). Requests before the
 * start are counted in the first bucket, and after {@link #MAX_SECONDS} in the last. Thread-safe.
 */
final class SendRateTimeline implements RateLimitedServer.Listener {
  static final int BUCKET_MILLIS = 100;
  static final int MAX_SECONDS = 300;
  private static final int BUCKETS = MAX_SECONDS * 1000 / BUCKET_MILLIS;

  private volatile long startNanos = System.nanoTime();
  private final AtomicIntegerArray sent = new AtomicIntegerArray(BUCKETS);
  private final AtomicIntegerArray admitted = new AtomicIntegerArray(BUCKETS);

  /** Starts the time axis now. */
  void startNow() {
    startNanos = System.nanoTime();
  }

  @Override
  public void onRequest(String client, boolean wasAdmitted) {
    long sinceStart = Math.max(0, System.nanoTime() - startNanos);
    int bucket = (int) Math.min(BUCKETS - 1, sinceStart / (BUCKET_MILLIS * 1_000_000L));
    sent.incrementAndGet(bucket);
    if (wasAdmitted) {
      admitted.incrementAndGet(bucket);
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

  /** The highest rate of requests received in any bucket, per second. */
  int peakSentPerSecond() {
    int peak = 0;
    for (int i = 0; i < length(); i++) {
      peak = Math.max(peak, sent.get(i));
    }
    return peak * 1000 / BUCKET_MILLIS;
  }
}
