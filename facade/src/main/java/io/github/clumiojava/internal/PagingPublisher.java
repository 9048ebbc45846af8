package io.github.clumiojava.internal;

import java.util.Objects;
import java.util.concurrent.Flow;
import java.util.function.Supplier;

/**
 * A cold, demand-driven publisher of the items of a paged listing, following the <a
 * href="https://github.com/reactive-streams/reactive-streams-jvm">Reactive Streams</a>
 * specification (verified by its TCK).
 *
 * <p>Each subscriber gets its own walk, from the first page. A page is fetched only when the
 * subscriber's outstanding demand exceeds the items left from earlier pages, and one page at a
 * time: subscribing fetches nothing, a subscriber that requests one item causes one fetch however
 * many items the page holds, empty pages are skipped. After the last page's items, {@code
 * onComplete}. A failed page ends the stream with {@code onError}, its cause unwrapped from
 * {@link java.util.concurrent.CompletionException} and {@link
 * java.util.concurrent.ExecutionException}. Cancelling the subscription cancels the page in
 * flight.
 *
 * <p>Signals to one subscriber never overlap, but may come from the thread that completes a page
 * or from the one that calls {@code request}. See {@link PageSubscription} for the details.
 *
 * <p>Thread-safe.
 *
 * <p>Not API: part of the library's implementation, which may change in any release.
 *
 * @param <T> the item type
 */
public final class PagingPublisher<T> implements Flow.Publisher<T> {
  private final Supplier<AsyncPager<T>> walks;

  /**
   * @param walks starts a new walk for each subscriber; if it throws (or returns null), that
   *     subscriber gets {@code onSubscribe} then {@code onError} with the failure (rule 1.9)
   */
  public PagingPublisher(Supplier<AsyncPager<T>> walks) {
    this.walks = Objects.requireNonNull(walks, "walks");
  }

  /**
   * Starts a walk for the subscriber and hands it its subscription. Fetches nothing.
   *
   * @throws NullPointerException if the subscriber is null (rule 1.9)
   */
  @Override
  public void subscribe(Flow.Subscriber<? super T> subscriber) {
    Objects.requireNonNull(subscriber, "subscriber");
    new PageSubscription<>(subscriber, walks).start();
  }
}
