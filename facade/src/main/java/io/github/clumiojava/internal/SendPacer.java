package io.github.clumiojava.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Decides when each request of a client may be sent, under its {@link AdaptiveRateLimit}: a
 * request needs a token while the limit is {@linkplain AdaptiveRateLimit#limiting() limiting},
 * and an asynchronous one also needs one of {@code window} send slots (the requests OkHttp runs at
 * once: more would wait in OkHttp's own queue, already past the limit, and go out after a 429
 * regardless).
 *
 * <p><b>Fast path.</b> While nothing is limited (and, for an asynchronous request, nobody waits
 * for a slot), {@link #tryAcquire} grants at once with two volatile reads and, for a slot, a
 * compare-and-set: no lock, no allocation.
 *
 * <p><b>Waiting.</b> Otherwise the request waits its turn, earliest deadline first (ties in
 * arrival order), so a retry of an old call goes before new calls and no caller is starved by
 * later ones; a synchronous request does not wait behind asynchronous ones that wait for a slot.
 * Grants are made when a token is due (a wake-up on the client's timer thread), when a slot is
 * released, and when a request joins the queue. A waiter's future completes with the {@linkplain
 * AdaptiveRateLimit#epoch() epoch} its token was taken in; the caller gives up by cancelling
 * or completing it (its deadline, cancellation), and {@link #close()} fails every waiter with
 * {@link IllegalStateException}.
 *
 * <p>Thread-safe.
 */
final class SendPacer {
  private static final Comparator<Waiter> EARLIEST_DEADLINE_FIRST =
      Comparator.comparingLong((Waiter waiter) -> waiter.key).thenComparingLong(waiter -> waiter.sequence);

  private final AdaptiveRateLimit limit;
  private final int window;
  private final ScheduledExecutorService scheduler;
  private final AtomicInteger slotsInUse = new AtomicInteger();
  private final Object lock = new Object();
  /** Asynchronous requests, waiting for a slot and a token. Guarded by lock. */
  private final PriorityQueue<Waiter> slotWaiters = new PriorityQueue<>(EARLIEST_DEADLINE_FIRST);
  /** Synchronous requests, waiting for a token. Guarded by lock. */
  private final PriorityQueue<Waiter> tokenWaiters = new PriorityQueue<>(EARLIEST_DEADLINE_FIRST);
  /** How many waiters the queues hold, some that gave up included; read without the lock. */
  private volatile int queued;
  private long sequence; // guarded by lock
  private ScheduledFuture<?> wake; // guarded by lock
  private long wakeAt; // guarded by lock
  private boolean closed; // guarded by lock

  /** A request waiting for its turn. */
  private record Waiter(long key, long sequence, boolean needsSlot, CompletableFuture<Integer> grant) {}

  /** A waiter whose turn has come, with the epoch its token was taken in. */
  private record Granted(Waiter waiter, int epoch) {}

  /**
   * Creates the pacer.
   *
   * @param limit the client's adaptive rate limit
   * @param window the send slots of asynchronous requests
   * @param scheduler wakes the pacer when a token is due
   */
  SendPacer(AdaptiveRateLimit limit, int window, ScheduledExecutorService scheduler) {
    this.limit = limit;
    this.window = window;
    this.scheduler = scheduler;
  }

  /**
   * Grants a send at once if it needs no waiting. Lock-free and allocation-free.
   *
   * @param needsSlot whether the request takes a send slot (an asynchronous one), to be given back
   *     with {@link #release()} when it has ended
   * @return the epoch to send in, or -1 if the request must {@link #enqueue wait}
   */
  int tryAcquire(boolean needsSlot) {
    // The epoch first: a cut between the two reads finds this request sent under the old rate,
    // as it is, so that its 429 does not cut again.
    int epoch = limit.epoch();
    if (limit.limiting()) {
      return -1;
    }
    // A synchronous request needs neither a token nor a slot now; an asynchronous one does not
    // pass those that wait for a slot.
    if (needsSlot && (queued != 0 || !takeSlot())) {
      return -1;
    }
    return epoch;
  }

  /**
   * Queues a request for its turn.
   *
   * @param key the request's place: its call's deadline (in {@link System#nanoTime()} terms);
   *     earlier goes first
   * @param needsSlot whether it takes a send slot
   * @return completes with the epoch when the request may be sent (its slot then taken); cancel
   *     or complete it to give up its place. Fails with {@link IllegalStateException} when the
   *     pacer is closed
   */
  CompletableFuture<Integer> enqueue(long key, boolean needsSlot) {
    CompletableFuture<Integer> grant = new CompletableFuture<>();
    synchronized (lock) {
      if (closed) {
        grant.completeExceptionally(closedException());
        return grant;
      }
      (needsSlot ? slotWaiters : tokenWaiters).add(new Waiter(key, sequence++, needsSlot, grant));
      queued = slotWaiters.size() + tokenWaiters.size();
    }
    drain();
    return grant;
  }

  /** Gives back the send slot of an asynchronous request that has ended (or was never sent). */
  void release() {
    slotsInUse.decrementAndGet();
    if (queued != 0) {
      drain();
    }
  }

  /** Fails every waiter with {@link IllegalStateException} and refuses new ones. Idempotent. */
  void close() {
    List<Waiter> waiting;
    synchronized (lock) {
      closed = true;
      waiting = new ArrayList<>(slotWaiters);
      waiting.addAll(tokenWaiters);
      slotWaiters.clear();
      tokenWaiters.clear();
      queued = 0;
      if (wake != null) {
        wake.cancel(false);
      }
    }
    IllegalStateException closedException = closedException();
    waiting.forEach(waiter -> waiter.grant.completeExceptionally(closedException));
  }

  /**
   * Grants the waiters whose turn has come: the earliest deadline first among the synchronous
   * waiters and, while a slot is free, the asynchronous ones.
   */
  private void drain() {
    List<Granted> granted = null;
    synchronized (lock) {
      while (!closed) {
        Waiter tokenHead = liveHead(tokenWaiters);
        Waiter slotHead = liveHead(slotWaiters);
        boolean slotFree = slotHead != null && slotsInUse.get() < window;
        Waiter next;
        if (tokenHead != null && (!slotFree || EARLIEST_DEADLINE_FIRST.compare(tokenHead, slotHead) < 0)) {
          next = tokenHead;
        } else if (slotFree && takeSlot()) {
          next = slotHead;
        } else {
          break; // nobody waits, or only for a slot: release() drains again
        }
        long wait;
        int epoch;
        synchronized (limit) { // the epoch of this token: a 429 handled meanwhile may not relabel it
          wait = limit.tryTake();
          epoch = limit.epoch();
        }
        if (wait > 0) {
          if (next.needsSlot) {
            slotsInUse.decrementAndGet();
          }
          wakeIn(wait);
          break;
        }
        (next.needsSlot ? slotWaiters : tokenWaiters).poll();
        if (granted == null) {
          granted = new ArrayList<>();
        }
        granted.add(new Granted(next, epoch));
      }
      queued = slotWaiters.size() + tokenWaiters.size();
    }
    if (granted != null) {
      grant(granted);
    }
  }

  /** The first waiter that has not given up, dropping those that have. Called under the lock. */
  private static Waiter liveHead(PriorityQueue<Waiter> waiters) {
    Waiter head = waiters.peek();
    while (head != null && head.grant.isDone()) {
      waiters.poll();
      head = waiters.peek();
    }
    return head;
  }

  /** Completes the grants outside the lock: what they run (a send) may take a while. */
  private void grant(List<Granted> granted) {
    boolean slotReturned = false;
    for (Granted turn : granted) {
      Waiter waiter = turn.waiter();
      if (!waiter.grant.complete(turn.epoch()) && waiter.needsSlot) {
        slotsInUse.decrementAndGet(); // gave up in the meantime
        slotReturned = true;
      }
    }
    if (slotReturned && queued != 0) {
      drain();
    }
  }

  /** Schedules a drain; keeps the earlier of two wake-ups. Called under the lock. */
  private void wakeIn(long nanos) {
    long at = System.nanoTime() + nanos;
    if (wake != null && wakeAt - at <= 0) {
      return;
    }
    if (wake != null) {
      wake.cancel(false);
    }
    try {
      wake = scheduler.schedule(this::woken, nanos, TimeUnit.NANOSECONDS);
      wakeAt = at;
    } catch (RejectedExecutionException shutDown) {
      wake = null; // the client is closing: close() fails the waiters
    }
  }

  private void woken() {
    synchronized (lock) {
      wake = null;
    }
    drain();
  }

  private boolean takeSlot() {
    int inUse;
    do {
      inUse = slotsInUse.get();
      if (inUse >= window) {
        return false;
      }
    } while (!slotsInUse.compareAndSet(inUse, inUse + 1));
    return true;
  }

  private static IllegalStateException closedException() {
    return new IllegalStateException("This DynamoDbBackupClient is closed");
  }
}
