package io.github.clumiojava.internal;

import io.github.clumiojava.ClumioException;
import io.github.clumiojava.ClumioTransportException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Spliterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads many keys through asynchronous calls and hands out one result per key as the calls
 * complete, in completion order.
 *
 * <p>The consumer drives it: a key is started only when fewer than {@code window} keys are
 * started and not yet handed out, so a consumer that stops pulling stops the reads, and memory
 * stays bounded by the window. Nothing is started before the first pull. {@link #close()} (the
 * stream's {@code close()}) cancels every call not yet completed; a failure that is not a {@link
 * ClumioException} (the client was closed, an application interceptor threw) cancels the rest and
 * is thrown to the consumer.
 *
 * <p>One consumer thread at a time, as for any sequential stream; completions come from any thread.
 *
 * <p>Not API: part of the library's implementation, which may change in any release.
 *
 * @param <T> what a call yields
 * @param <R> the result handed out per key
 */
public final class BulkRead<T, R> implements Spliterator<R>, AutoCloseable {
  private final List<String> keys;
  private final int window;
  private final Function<String, CompletableFuture<T>> start;
  private final BiFunction<String, T, R> success;
  private final BiFunction<String, ClumioException, R> failure;

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition resultReady = lock.newCondition();
  private final ArrayDeque<R> ready = new ArrayDeque<>(); // guarded by lock
  private final Set<CompletableFuture<T>> pending = new LinkedHashSet<>(); // guarded by lock, in start order
  private int nextKey; // guarded by lock
  private int handedOut; // guarded by lock
  private RuntimeException fatal; // guarded by lock
  private boolean closed; // guarded by lock

  /**
   * Creates the read; it starts nothing yet.
   *
   * @param keys the keys, already checked
   * @param window the most keys started and not yet handed out
   * @param start starts the call for one key; may throw (the client is closed)
   * @param success the result for a key whose call succeeded
   * @param failure the result for a key whose call failed with a {@link ClumioException}
   */
  public BulkRead(List<String> keys, int window, Function<String, CompletableFuture<T>> start,
      BiFunction<String, T, R> success, BiFunction<String, ClumioException, R> failure) {
    this.keys = List.copyOf(keys);
    this.window = window;
    this.start = start;
    this.success = success;
    this.failure = failure;
  }

  /**
   * Returns the results as a sequential stream whose {@code close()} cancels what is pending.
   *
   * @return the stream
   */
  public Stream<R> stream() {
    return StreamSupport.stream(this, false).onClose(this::close);
  }

  @Override
  public boolean tryAdvance(Consumer<? super R> action) {
    R next;
    lock.lock();
    try {
      while (true) {
        if (fatal != null) {
          throw fatal;
        }
        if (closed) {
          return false;
        }
        next = ready.poll();
        if (next != null || handedOut == keys.size()) {
          break;
        }
        startWhileRoom();
        if (ready.isEmpty() && fatal == null) {
          awaitResult();
        }
      }
      if (next == null) {
        return false;
      }
      handedOut++;
    } finally {
      lock.unlock();
    }
    action.accept(next);
    return true;
  }

  /** Starts keys while the window has room. Called under the lock; a call may complete at once. */
  private void startWhileRoom() {
    while (nextKey < keys.size() && pending.size() + ready.size() < window && fatal == null && !closed) {
      String key = keys.get(nextKey++);
      CompletableFuture<T> call;
      try {
        call = start.apply(key);
      } catch (RuntimeException notStarted) {
        fail(notStarted);
        return;
      }
      pending.add(call);
      call.whenComplete((value, error) -> completed(key, call, value, error));
    }
  }

  private void awaitResult() {
    try {
      resultReady.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ClumioTransportException interrupted = new ClumioTransportException(
          "The bulk read was interrupted; the reads not yet completed are cancelled", e);
      fail(interrupted);
    }
  }

  private void completed(String key, CompletableFuture<T> call, T value, Throwable error) {
    lock.lock();
    try {
      if (!pending.remove(call) || closed) {
        return; // cancelled by close() or after a fatal failure
      }
      Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
      if (cause == null) {
        ready.add(success.apply(key, value));
      } else if (cause instanceof ClumioException clumio) {
        ready.add(failure.apply(key, clumio));
      } else {
        fail(cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause));
      }
      resultReady.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Records a failure that ends the read, and cancels what is pending. Called under the lock. */
  private void fail(RuntimeException cause) {
    if (fatal == null) {
      fatal = cause;
    }
    cancelPending();
    resultReady.signalAll();
  }

  /** Cancels every call not yet completed; later pulls end the stream. Idempotent, any thread. */
  @Override
  public void close() {
    lock.lock();
    try {
      closed = true;
      cancelPending();
      resultReady.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Cancels the calls not yet completed, the latest started first: those still wait for their
   * turn, and must be gone before the calls in flight end and free their send slots, or a freed
   * slot would send one of them only to cancel it. Each completion sees its call gone from
   * {@code pending}.
   */
  private void cancelPending() {
    List<CompletableFuture<T>> cancelled = new ArrayList<>(pending);
    pending.clear();
    for (int i = cancelled.size() - 1; i >= 0; i--) {
      cancelled.get(i).cancel(false);
    }
  }

  @Override
  public Spliterator<R> trySplit() {
    return null;
  }

  @Override
  public long estimateSize() {
    lock.lock();
    try {
      return keys.size() - handedOut;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Not {@code SIZED}: a sized stream may answer {@code count()} without reading anything.
   *
   * @return {@link Spliterator#NONNULL}
   */
  @Override
  public int characteristics() {
    return NONNULL;
  }
}
