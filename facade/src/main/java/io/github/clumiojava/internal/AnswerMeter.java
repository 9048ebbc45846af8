package io.github.clumiojava.internal;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Counts events over the last second, in ten slots of 100 ms. Recording is lock-free and
 * allocation-free (one compare-and-set), so it can run on every call.
 *
 * <p>Each slot packs the number of its 100 ms interval since the meter was created (upper bits)
 * and its count (lower {@value #COUNT_BITS} bits, saturating): a slot whose interval is not the
 * current one is reset by the first event of the new interval.
 *
 * <p>Thread-safe.
 */
final class AnswerMeter {
  private static final int SLOTS = 10;
  private static final long SLOT_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
  private static final int COUNT_BITS = 24;
  private static final long COUNT_MASK = (1L << COUNT_BITS) - 1;

  private final long origin;
  private final AtomicLongArray slots = new AtomicLongArray(SLOTS);

  /**
   * Creates an empty meter.
   *
   * @param now the ticker's time now, in nanoseconds
   */
  AnswerMeter(long now) {
    this.origin = now;
  }

  /**
   * Counts one event.
   *
   * @param now the ticker's time now, in nanoseconds
   */
  void record(long now) {
    long interval = interval(now);
    int slot = (int) (interval % SLOTS);
    while (true) {
      long packed = slots.get(slot);
      long stamp = packed >>> COUNT_BITS;
      long next;
      if (stamp == interval) {
        if ((packed & COUNT_MASK) == COUNT_MASK) {
          return;
        }
        next = packed + 1;
      } else if (stamp < interval) {
        next = (interval << COUNT_BITS) | 1;
      } else {
        return; // a thread that read the time before another had moved the slot on: negligible
      }
      if (slots.compareAndSet(slot, packed, next)) {
        return;
      }
    }
  }

  /**
   * Returns the events of the last second (the current 100 ms interval and the nine before it).
   *
   * @param now the ticker's time now, in nanoseconds
   * @return the count
   */
  long lastSecond(long now) {
    long interval = interval(now);
    long count = 0;
    for (int slot = 0; slot < SLOTS; slot++) {
      long packed = slots.get(slot);
      long stamp = packed >>> COUNT_BITS;
      if (stamp <= interval && interval - stamp < SLOTS && packed != 0) {
        count += packed & COUNT_MASK;
      }
    }
    return count;
  }

  private long interval(long now) {
    return Math.max(0, now - origin) / SLOT_NANOS;
  }
}
