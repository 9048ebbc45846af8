package io.github.clumiojava.internal;

import java.util.Collections;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One subscriber's walk through the pages of a {@link PagingPublisher}.
 *
 * <p>Everything that signals the subscriber or touches the walk runs in the drain loop, which
 * one thread at a time owns: whoever finds the work-in-progress counter at zero runs the loop
 * until no work was added meanwhile, and everyone else just adds work. So signals are serialized,
 * and a {@code request} or {@code cancel} from inside {@code onNext} (or {@code onSubscribe}) only
 * counts as more work for the loop already running, never a nested signal (rule 3.3). The fields
 * that only the loop reads and writes need no synchronization of their own: the counter's
 * atomic updates order each owner's writes before the next owner's reads.
 *
 * <p>A subscriber method that throws breaks rule 2.13: the subscription is then cancelled and the
 * subscriber gets no further signal. The failure is logged as a warning and goes nowhere else:
 * the subscriber may not be signalled again, and the thread that ran the loop (a {@code request}
 * call, or whatever completed a page) has no use for it.
 *
 * @param <T> the item type
 */
final class PageSubscription<T> implements Flow.Subscription {
  private static final Logger LOG = LoggerFactory.getLogger(PageSubscription.class);

  private final AtomicInteger work = new AtomicInteger(1); // held by start() until onSubscribe returns
  private final AtomicLong demand = new AtomicLong();
  private final Supplier<AsyncPager<T>> walks;
  private volatile boolean stopped;
  private volatile Throwable failure;
  private volatile PageResult<T> arrived;

  // Owned by the drain loop.
  private Flow.Subscriber<? super T> subscriber;
  private AsyncPager<T> pager;
  private CompletableFuture<PageResult<T>> inFlight;
  private Iterator<T> buffered = Collections.emptyIterator();
  private boolean lastPage;

  PageSubscription(Flow.Subscriber<? super T> subscriber, Supplier<AsyncPager<T>> walks) {
    this.subscriber = subscriber;
    this.walks = walks;
  }

  /** Starts the walk, signals {@code onSubscribe}, then serves what it requested meanwhile. */
  void start() {
    try {
      pager = Objects.requireNonNull(walks.get(), "The walk supplier returned null");
    } catch (RuntimeException e) {
      failure = e;
    }
    try {
      subscriber.onSubscribe(this);
    } catch (Throwable e) {
      brokeTheSpec("onSubscribe", e);
    }
    drainLoop();
  }

  /**
   * Adds to the demand, saturating at {@link Long#MAX_VALUE}. A non-positive {@code n} ends the
   * stream with {@link IllegalArgumentException} (rule 3.9), even when it is called after other
   * work is pending.
   */
  @Override
  public void request(long n) {
    if (stopped) {
      return;
    }
    if (n <= 0) {
      failure = new IllegalArgumentException("Rule 3.9: the subscriber requested " + n + " items, a non-positive "
          + "subscription request");
    } else {
      demand.accumulateAndGet(n, PageSubscription::saturatedSum);
    }
    drain();
  }

  /** Stops the walk: cancels the page in flight, signals nothing more, and drops the subscriber. */
  @Override
  public void cancel() {
    stopped = true;
    drain();
  }

  private void drain() {
    if (work.getAndIncrement() == 0) {
      drainLoop();
    }
  }

  private void drainLoop() {
    int missed = 1;
    do {
      step();
      missed = work.addAndGet(-missed);
    } while (missed != 0);
  }

  /** Does everything the current state calls for: one pass of the drain loop. */
  private void step() {
    if (stopped) {
      release();
      return;
    }
    Throwable error = failure;
    if (error != null) {
      terminate(error);
      return;
    }
    PageResult<T> page = arrived;
    if (page != null) {
      arrived = null;
      inFlight = null;
      buffered = page.items().iterator();
      lastPage = page.last();
    }
    long wanted = demand.get();
    long sent = 0;
    while (sent < wanted && buffered.hasNext()) {
      if (!emit(buffered.next())) {
        return;
      }
      sent++;
      if (stopped || failure != null) {
        return; // cancel() or request() added work: the next pass ends the walk
      }
    }
    wanted = demand.addAndGet(-sent);
    if (buffered.hasNext()) {
      return;
    }
    if (lastPage) {
      terminate(null);
    } else if (wanted > 0 && inFlight == null) {
      fetch();
    }
  }

  /** Starts the next page; its completion comes back to the drain loop. */
  private void fetch() {
    CompletableFuture<PageResult<T>> next;
    try {
      next = Objects.requireNonNull(pager.next(), "The pager returned null instead of a future");
    } catch (RuntimeException e) {
      terminate(e);
      return;
    }
    inFlight = next;
    next.whenComplete(this::pageDone);
  }

  private void pageDone(PageResult<T> page, Throwable error) {
    if (error != null) {
      failure = unwrap(error);
    } else if (page == null) {
      failure = new NullPointerException("The pager completed a page with null");
    } else {
      arrived = page;
    }
    drain();
  }

  /**
   * Sends the subscriber an item.
   *
   * @return false if the subscriber threw, which cancelled the subscription
   */
  private boolean emit(T item) {
    try {
      subscriber.onNext(item);
      return true;
    } catch (Throwable e) {
      release();
      brokeTheSpec("onNext", e);
      return false;
    }
  }

  /** Sends the subscriber its last signal: {@code onError}, or {@code onComplete} if error is null. */
  private void terminate(Throwable error) {
    Flow.Subscriber<? super T> last = subscriber;
    release();
    try {
      if (error == null) {
        last.onComplete();
      } else {
        last.onError(error);
      }
    } catch (Throwable e) {
      brokeTheSpec(error == null ? "onComplete" : "onError", e);
    }
  }

  /** Ends the walk for good: cancels the page in flight, drops the subscriber, pager and items. */
  private void release() {
    stopped = true;
    if (inFlight != null) {
      inFlight.cancel(false);
      inFlight = null;
    }
    subscriber = null;
    pager = null;
    buffered = Collections.emptyIterator();
    arrived = null;
  }

  private void brokeTheSpec(String method, Throwable e) {
    stopped = true;
    LOG.warn("The subscriber threw from {}; its subscription is cancelled (Reactive Streams rule 2.13)", method, e);
  }

  private static Throwable unwrap(Throwable error) {
    Throwable cause = error;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  private static long saturatedSum(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }
}
