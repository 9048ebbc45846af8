package io.github.clumiojava.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The paging publisher's contract, page by page: the pages are futures that each test completes by
 * hand, so every signal arrives on the test thread, before the call that caused it returns.
 */
class PagingPublisherTest {
  private final ManualPager pager = new ManualPager();
  private final PagingPublisher<Integer> publisher = new PagingPublisher<>(() -> pager);
  private final Recorder subscriber = new Recorder();

  /** A pager whose pages are futures that the test completes. */
  private static final class ManualPager implements AsyncPager<Integer> {
    final List<CompletableFuture<PageResult<Integer>>> fetches = new ArrayList<>();

    @Override
    public CompletableFuture<PageResult<Integer>> next() {
      CompletableFuture<PageResult<Integer>> page = new CompletableFuture<>();
      fetches.add(page);
      return page;
    }

    /** Completes the latest fetch with a page. */
    void serve(boolean last, Integer... items) {
      fetches.get(fetches.size() - 1).complete(new PageResult<>(List.of(items), last));
    }
  }

  /** Records every signal; runs {@link #onEachItem} from inside {@code onNext}. */
  private static class Recorder implements Flow.Subscriber<Integer> {
    final List<Integer> items = new ArrayList<>();
    final List<Throwable> errors = new ArrayList<>();
    int completions;
    Flow.Subscription subscription;
    Consumer<Integer> onEachItem = item -> { };

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
    }

    @Override
    public void onNext(Integer item) {
      items.add(item);
      onEachItem.accept(item);
    }

    @Override
    public void onError(Throwable error) {
      errors.add(error);
    }

    @Override
    public void onComplete() {
      completions++;
    }

    boolean heardNothingFinal() {
      return errors.isEmpty() && completions == 0;
    }
  }

  @Test
  void subscribingFetchesNothing() {
    publisher.subscribe(subscriber);

    assertThat(subscriber.subscription).isNotNull();
    assertThat(pager.fetches).isEmpty();
  }

  @Test
  void requestingOneItemFetchesExactlyOnePageHoweverManyItemsItHolds() {
    publisher.subscribe(subscriber);

    subscriber.subscription.request(1);
    pager.serve(false, 1, 2, 3, 4, 5);

    assertThat(subscriber.items).containsExactly(1);
    assertThat(pager.fetches).hasSize(1);
  }

  @Test
  void noPageIsFetchedWhileTheBufferedItemsMeetTheDemand() {
    publisher.subscribe(subscriber);
    subscriber.subscription.request(1);
    pager.serve(false, 1, 2, 3, 4, 5);

    subscriber.subscription.request(4);
    assertThat(pager.fetches).hasSize(1);
    subscriber.subscription.request(1);

    assertThat(subscriber.items).containsExactly(1, 2, 3, 4, 5);
    assertThat(pager.fetches).hasSize(2);
  }

  @Test
  void onlyOnePageIsInFlightAtATime() {
    publisher.subscribe(subscriber);

    subscriber.subscription.request(1);
    subscriber.subscription.request(10);

    assertThat(pager.fetches).hasSize(1);
  }

  @Test
  void emptyPagesAreSkipped() {
    publisher.subscribe(subscriber);
    subscriber.subscription.request(1);

    pager.serve(false);
    pager.serve(false);
    pager.serve(false, 7);

    assertThat(subscriber.items).containsExactly(7);
    assertThat(pager.fetches).hasSize(3);
  }

  @Test
  void completesOnceTheLastPagesItemsAreDelivered() {
    publisher.subscribe(subscriber);
    subscriber.subscription.request(1);
    pager.serve(false, 1);
    subscriber.subscription.request(1);
    pager.serve(true, 2, 3);

    assertThat(subscriber.completions).isZero();
    subscriber.subscription.request(1);

    assertThat(subscriber.items).containsExactly(1, 2, 3);
    assertThat(subscriber.completions).isEqualTo(1);
    assertThat(pager.fetches).hasSize(2);
  }

  @Test
  void anEmptyLastPageCompletesTheStream() {
    publisher.subscribe(subscriber);
    subscriber.subscription.request(1);

    pager.serve(true);

    assertThat(subscriber.items).isEmpty();
    assertThat(subscriber.completions).isEqualTo(1);
  }

  @Test
  void cancellingCancelsThePageInFlightAndFetchesNothingMore() {
    publisher.subscribe(subscriber);
    subscriber.subscription.request(5);
    CompletableFuture<PageResult<Integer>> inFlight = pager.fetches.get(0);

    subscriber.subscription.cancel();
    subscriber.subscription.request(5);

    assertThat(inFlight).isCancelled();
    assertThat(pager.fetches).hasSize(1);
    assertThat(subscriber.items).isEmpty();
    assertThat(subscriber.heardNothingFinal()).isTrue();
  }

  @Test
  void cancellingFromInsideOnNextStopsTheRestOfThePageAndTheCompletion() {
    AsyncPager<Integer> onePage = () -> CompletableFuture.completedFuture(new PageResult<>(List.of(1, 2, 3), true));
    subscriber.onEachItem = item -> subscriber.subscription.cancel();
    new PagingPublisher<>(() -> onePage).subscribe(subscriber);

    subscriber.subscription.request(Long.MAX_VALUE);

    assertThat(subscriber.items).containsExactly(1);
    assertThat(subscriber.heardNothingFinal()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"plain", "CompletionException", "ExecutionException", "both"})
  void aFailedPageEndsTheStreamWithItsUnwrappedCause(String wrapping) {
    IOException cause = new IOException("connection reset");
    Throwable failure = switch (wrapping) {
      case "plain" -> cause;
      case "CompletionException" -> new CompletionException(cause);
      case "ExecutionException" -> new ExecutionException(cause);
      default -> new CompletionException(new ExecutionException(cause));
    };
    publisher.subscribe(subscriber);
    subscriber.subscription.request(1);

    pager.fetches.get(0).completeExceptionally(failure);

    assertThat(subscriber.errors).containsExactly(cause);
    assertThat(subscriber.completions).isZero();
  }

  @Test
  void aPagerThatThrowsEndsTheStreamWithItsException() {
    IllegalStateException thrown = new IllegalStateException("closed");
    new PagingPublisher<Integer>(() -> () -> {
      throw thrown;
    }).subscribe(subscriber);

    subscriber.subscription.request(1);

    assertThat(subscriber.errors).containsExactly(thrown);
  }

  @Test
  void aWalkThatCannotStartIsSignalledAfterOnSubscribe() {
    IllegalStateException thrown = new IllegalStateException("no walk");
    List<String> signals = new ArrayList<>();
    new PagingPublisher<Integer>(() -> {
      throw thrown;
    }).subscribe(new Recorder() {
      @Override
      public void onSubscribe(Flow.Subscription subscription) {
        signals.add("onSubscribe");
      }

      @Override
      public void onError(Throwable error) {
        signals.add("onError " + error.getMessage());
      }
    });

    assertThat(signals).containsExactly("onSubscribe", "onError no walk");
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, Long.MIN_VALUE})
  void aNonPositiveRequestEndsTheStreamWithIllegalArgumentException(long n) {
    publisher.subscribe(subscriber);
    subscriber.subscription.request(1);
    CompletableFuture<PageResult<Integer>> inFlight = pager.fetches.get(0);

    subscriber.subscription.request(n);
    pager.serve(true, 1);

    assertThat(subscriber.errors).singleElement().isInstanceOf(IllegalArgumentException.class)
        .extracting(Throwable::getMessage).asString().contains("3.9");
    assertThat(inFlight).isCancelled();
    assertThat(subscriber.items).isEmpty();
  }

  @Test
  void demandAddsUpAndSaturatesAtLongMaxValue() {
    publisher.subscribe(subscriber);

    subscriber.subscription.request(Long.MAX_VALUE);
    subscriber.subscription.request(Long.MAX_VALUE);
    pager.serve(false, 1, 2);
    pager.serve(true, 3);

    assertThat(subscriber.items).containsExactly(1, 2, 3);
    assertThat(subscriber.errors).isEmpty();
    assertThat(subscriber.completions).isEqualTo(1);
  }

  @Test
  void requestingOneItemFromInsideOnNextDoesNotRecurse() {
    int total = 10_000;
    AtomicInteger depth = new AtomicInteger();
    AtomicInteger deepest = new AtomicInteger();
    Recorder nested = new Recorder() {
      @Override
      public void onNext(Integer item) {
        deepest.accumulateAndGet(depth.incrementAndGet(), Math::max);
        super.onNext(item);
        subscription.request(1);
        depth.decrementAndGet();
      }
    };
    new PagingPublisher<>(() -> new CountingPager(total, 3, false)).subscribe(nested);

    nested.subscription.request(1);

    assertThat(nested.items).hasSize(total).startsWith(0, 1, 2).endsWith(total - 1);
    assertThat(nested.completions).isEqualTo(1);
    assertThat(deepest).hasValue(1);
  }

  @Test
  void aSubscriberThatThrowsFromOnNextIsCancelledAndHearsNothingMore() {
    subscriber.onEachItem = item -> {
      throw new IllegalStateException("subscriber bug");
    };
    publisher.subscribe(subscriber);
    subscriber.subscription.request(3);

    pager.serve(false, 1, 2, 3);
    subscriber.subscription.request(10);

    assertThat(subscriber.items).containsExactly(1);
    assertThat(subscriber.heardNothingFinal()).isTrue();
    assertThat(pager.fetches).hasSize(1);
  }

  @Test
  void nothingIsSignalledAfterCompletion() {
    publisher.subscribe(subscriber);
    subscriber.subscription.request(1);
    pager.serve(true);

    subscriber.subscription.request(-1);
    subscriber.subscription.request(1);

    assertThat(subscriber.completions).isEqualTo(1);
    assertThat(subscriber.errors).isEmpty();
    assertThat(pager.fetches).hasSize(1);
  }

  @Test
  void subscribingNullThrowsNullPointerException() {
    assertThatNullPointerException().isThrownBy(() -> publisher.subscribe(null));
  }

  @Test
  void eachSubscriberWalksFromTheFirstPage() {
    PagingPublisher<Integer> cold = new PagingPublisher<>(() -> new CountingPager(3, 2, false));
    Recorder first = new Recorder();
    Recorder second = new Recorder();
    cold.subscribe(first);
    cold.subscribe(second);

    first.subscription.request(3);
    second.subscription.request(3);

    assertThat(first.items).containsExactly(0, 1, 2);
    assertThat(second.items).containsExactly(0, 1, 2);
  }

  @Test
  void signalsNeverOverlapWhenPagesAndRequestsComeFromDifferentThreads() throws Exception {
    int total = 20_000;
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger overlaps = new AtomicInteger();
    CompletableFuture<Void> done = new CompletableFuture<>();
    Recorder checking = new Recorder() {
      @Override
      public void onNext(Integer item) {
        if (inside.incrementAndGet() != 1) {
          overlaps.incrementAndGet();
        }
        super.onNext(item);
        inside.decrementAndGet();
      }

      @Override
      public void onComplete() {
        done.complete(null);
      }

      @Override
      public void onError(Throwable error) {
        done.completeExceptionally(error);
      }
    };
    ExecutorService requester = Executors.newSingleThreadExecutor();
    try {
      new PagingPublisher<>(() -> new CountingPager(total, 7, true)).subscribe(checking);
      requester.submit(() -> IntStream.range(0, total).forEach(i -> checking.subscription.request(1)));
      done.get(30, TimeUnit.SECONDS);
    } finally {
      requester.shutdownNow();
    }

    assertThat(overlaps).hasValue(0);
    assertThat(checking.items).hasSize(total).isSorted();
  }
}
