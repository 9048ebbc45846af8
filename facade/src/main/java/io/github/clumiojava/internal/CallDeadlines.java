package io.github.clumiojava.internal;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cancels the HTTP calls of one client whose deadline has passed, checking them on a coarse tick
 * on the client's scheduler thread.
 *
 * <p>This replaces OkHttp's per-call timeout, which enters Okio's {@code AsyncTimeout} and, when
 * its deadline is the earliest, wakes Okio's watchdog thread: one thread wake-up per call, about
 * 8 µs on a 2-core machine and most of the client's own cost per call (see {@code
 * benchmarks/RESULTS.md}). Starting a deadline here only adds it to a concurrent set; a thread is
 * woken only when the tick is not already running, that is on the first call after an idle
 * spell. The price is precision: a call is cancelled between its deadline and one tick ({@value
 * #TICK_MILLIS} ms, plus scheduling delay) after it.
 *
 * <p>Thread-safe.
 *
 * <p>Not API: part of the library's implementation, which may change in any release.
 */
public final class CallDeadlines {
  private static final Logger LOG = LoggerFactory.getLogger(CallDeadlines.class);

  /** How often calls in flight are checked, in milliseconds. */
  static final long TICK_MILLIS = 10;

  /** How a watched call was ended from outside. */
  public enum Ending {
    /** Still running, or ended by itself. */
    NONE,
    /** Cancelled because its deadline passed. */
    DEADLINE_PASSED,
    /** Cancelled because the client was closed. */
    CLIENT_CLOSED,
    /** Cancelled because the thread that waits for it was interrupted. */
    INTERRUPTED
  }

  private final ScheduledExecutorService scheduler;
  private final Set<Deadline> pending = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean ticking = new AtomicBoolean();
  private volatile boolean closed;

  /**
   * Creates the deadlines of one client.
   *
   * @param scheduler runs the tick; it must not be shut down before {@link #close()} is called
   */
  public CallDeadlines(ScheduledExecutorService scheduler) {
    this.scheduler = scheduler;
  }

  /**
   * Starts the deadline of a call that is about to be sent. The caller must {@link
   * Deadline#close() close} it when the call has ended, however it ended.
   *
   * @param call the call to cancel if it is still running when the deadline passes
   * @param timeout the time the call may take from now
   * @param waiter the thread blocked on the call, whose interruption cancels it too (a blocking
   *     socket read does not notice an interrupt), or null for an asynchronous call
   * @return the deadline; {@link Deadline#ending()} tells afterwards whether it cancelled the call
   * @throws IllegalStateException if the client is closed
   */
  public Deadline start(Call call, Duration timeout, Thread waiter) {
    Deadline deadline = new Deadline(call, System.nanoTime() + timeout.toNanos(), waiter);
    pending.add(deadline);
    // close() sets the flag, then cancels what is pending: one of the two sees this call.
    if (closed) {
      pending.remove(deadline);
      throw new IllegalStateException("This DynamoDbBackupClient is closed");
    }
    if (ticking.compareAndSet(false, true)) {
      scheduleTick();
    }
    return deadline;
  }

  /** Cancels every call in flight and refuses new ones. Idempotent. */
  public void close() {
    closed = true;
    pending.forEach(deadline -> deadline.end(Ending.CLIENT_CLOSED));
  }

  private void scheduleTick() {
    try {
      scheduler.schedule(this::tick, TICK_MILLIS, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException shutDown) {
      // Only close() shuts the scheduler down, and it cancels every pending call itself.
      ticking.set(false);
    }
  }

  private void tick() {
    long now = System.nanoTime();
    try {
      for (Deadline deadline : pending) {
        if (now - deadline.at >= 0) {
          deadline.end(Ending.DEADLINE_PASSED);
        } else if (deadline.waiter != null && deadline.waiter.isInterrupted()) {
          deadline.end(Ending.INTERRUPTED);
        }
      }
    } finally {
      ticking.set(false);
      rescheduleIfPending();
    }
  }

  private void rescheduleIfPending() {
    // A call started after the set was read but before the flag was cleared saw the tick running
    // and did not schedule one: check again after clearing it.
    if (!pending.isEmpty() && ticking.compareAndSet(false, true)) {
      scheduleTick();
    }
  }

  /** The deadline of one call. */
  public final class Deadline implements AutoCloseable {
    private final Call call;
    private final long at;
    private final Thread waiter;
    private volatile Ending ending = Ending.NONE;

    private Deadline(Call call, long at, Thread waiter) {
      this.call = call;
      this.at = at;
      this.waiter = waiter;
    }

    /**
     * Tells whether the call was cancelled from here, and why. Set before the call is cancelled,
     * so a caller that sees {@code call.isCanceled()} sees the reason too.
     *
     * @return why this deadline cancelled the call, or {@link Ending#NONE}
     */
    public Ending ending() {
      return ending;
    }

    /**
     * Cancels the call. What cancelling runs (an application's {@code EventListener.canceled},
     * say) may throw: that is logged, and never stops the other calls' deadlines.
     */
    private void end(Ending why) {
      if (pending.remove(this)) {
        ending = why;
        try {
          call.cancel();
        } catch (RuntimeException | Error e) {
          if (e instanceof VirtualMachineError fatal) {
            throw fatal;
          }
          // OkHttp marks the call cancelled before it tells the listeners.
          LOG.warn("A listener threw while {} {} was cancelled ({}); the call is cancelled all the same",
              call.request().method(), call.request().url().encodedPath(), why, e);
        }
      }
    }

    /** Stops watching the call: it has ended. Idempotent. */
    @Override
    public void close() {
      pending.remove(this);
    }
  }
}
