package io.github.clumiojava.benchmarks;

import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import java.util.List;
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
 * threads. Several clients' bursts are fired in turns, call by call, so that no client gets a
 * head start.
 */
final class CallBurst {
  /** The longest a burst may take before the experiment gives up on it. */
  private static final long LIMIT_MINUTES = 5;

  private final DynamoDbBackupClient client;
  private final int calls;
  private final CompletableFuture<?>[] futures;
  private long startNanos;
  private final LongAdder successes = new LongAdder();
  private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();
  private final AtomicLong slowestNanos = new AtomicLong();
  private final AtomicLong lastDoneNanos = new AtomicLong();

  private CallBurst(DynamoDbBackupClient client, int calls) {
    this.client = client;
    this.calls = calls;
    this.futures = new CompletableFuture<?>[calls];
  }

  /**
   * Fires every client's calls, in turns (the first call of each client, then the second of
   * each, ...), and returns without waiting for them.
   *
   * @param clients the clients to call
   * @param callsEach how many calls each client makes, each for another backup id
   * @return each client's burst, in the same order, to {@link #await()}
   */
  static List<CallBurst> fire(List<DynamoDbBackupClient> clients, int callsEach) {
    List<CallBurst> bursts = clients.stream().map(client -> new CallBurst(client, callsEach)).toList();
    long startNanos = System.nanoTime();
    bursts.forEach(burst -> burst.startNanos = startNanos);
    for (int i = 0; i < callsEach; i++) {
      for (CallBurst burst : bursts) {
        burst.fire(i);
      }
    }
    return bursts;
  }

  private void fire(int call) {
    long firedNanos = System.nanoTime();
    futures[call] = client.getBackupAsync("b-" + call).whenComplete((backup, failure) -> done(firedNanos, failure));
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
      CompletableFuture.allOf(futures).handle((ignored, failure) -> null).get(LIMIT_MINUTES, TimeUnit.MINUTES);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("the calls did not all end within " + LIMIT_MINUTES + " minutes", e);
    }
    Map<String, Long> failureKinds = new TreeMap<>();
    failures.forEach((kind, count) -> failureKinds.put(kind, count.sum()));
    return new BurstResult(calls, successes.sum(), failureKinds, slowestNanos.get(), lastDoneNanos.get() - startNanos);
  }
}
