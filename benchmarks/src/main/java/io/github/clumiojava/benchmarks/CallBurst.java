package io.github.clumiojava.benchmarks;

import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Fires {@code getBackupAsync} calls on one client all at once (as fast as a loop issues them)
 * and records how each ended and how long it took. Thread-safe: calls complete on the client's
 * threads.
 */
final class CallBurst {
  /** The longest a burst may take before the experiment gives up on it. */
  private static final long LIMIT_MINUTES = 5;

  private final int calls;
  private final long startNanos;
  private final CompletableFuture<Void> all;
  private final LongAdder successes = new LongAdder();
  private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();
  private final AtomicLong slowestNanos = new AtomicLong();
  private final AtomicLong lastDoneNanos = new AtomicLong();

  private CallBurst(DynamoDbBackupClient client, int calls) {
    this.calls = calls;
    CompletableFuture<?>[] futures = new CompletableFuture<?>[calls];
    startNanos = System.nanoTime();
    for (int i = 0; i < calls; i++) {
      long firedNanos = System.nanoTime();
      futures[i] = client.getBackupAsync("b-" + i).whenComplete((backup, failure) -> done(firedNanos, failure));
    }
    all = CompletableFuture.allOf(futures);
  }

  /**
   * Fires the calls and returns without waiting for them.
   *
   * @param client the client to call
   * @param calls how many calls, each for another backup id
   * @return the burst, to {@link #await()}
   */
  static CallBurst fire(DynamoDbBackupClient client, int calls) {
    return new CallBurst(client, calls);
  }

  private void done(long firedNanos, Throwable failure) {
    long now = System.nanoTime();
    slowestNanos.accumulateAndGet(now - firedNanos, Math::max);
    lastDoneNanos.accumulateAndGet(now, Math::max);
    if (failure == null) {
      successes.increment();
    } else {
      Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
      failures.computeIfAbsent(cause.getClass().getSimpleName(), kind -> new LongAdder()).increment();
    }
  }

  /**
   * Waits until every call has ended.
   *
   * @return how they ended
   * @throws IllegalStateException if they have not all ended within five minutes
   * @throws InterruptedException if interrupted while waiting
   */
  BurstResult await() throws InterruptedException {
    try {
      all.handle((ignored, failure) -> null).get(LIMIT_MINUTES, TimeUnit.MINUTES);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("the calls did not all end within " + LIMIT_MINUTES + " minutes", e);
    }
    Map<String, Long> failureKinds = new TreeMap<>();
    failures.forEach((kind, count) -> failureKinds.put(kind, count.sum()));
    return new BurstResult(calls, successes.sum(), failureKinds, slowestNanos.get(), lastDoneNanos.get() - startNanos);
  }
}
