package io.github.clumiojava.internal;

import java.util.concurrent.CompletableFuture;

/**
 * Fetches the pages of one walk, one at a time, for a {@link PagingPublisher}.
 *
 * <p>Not thread-safe: the publisher calls {@link #next()} only after the future of the previous
 * call completed, and never again after a page marked {@linkplain PageResult#last() last}.
 *
 * <p>Not API: part of the library's implementation, which may change in any release.
 *
 * @param <T> the item type
 */
@FunctionalInterface
public interface AsyncPager<T> {
  /**
   * Starts fetching the next page.
   *
   * <p>Cancelling the returned future must stop the fetch: the publisher cancels it when its
   * subscriber cancels, or ends the walk for another reason while the page is in flight.
   *
   * @return completes with the page, or exceptionally with why it could not be fetched
   */
  CompletableFuture<PageResult<T>> next();
}
