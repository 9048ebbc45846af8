package io.github.clumiojava.internal;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * Finds the first item of an asynchronous walk that matches, fetching pages one after another
 * and no more than it needs. Cancelling (or otherwise completing) the returned future cancels
 * the page in flight and fetches no more.
 *
 * <p>Not API: part of the library's implementation, which may change in any release.
 */
public final class FirstMatch {
  private FirstMatch() {}

  /**
   * Starts the search.
   *
   * @param pager the walk
   * @param wanted which item to find
   * @param <T> the item type
   * @return a future of the first matching item, or of empty when the walk ends without one
   */
  public static <T> CompletableFuture<Optional<T>> find(AsyncPager<T> pager, Predicate<? super T> wanted) {
    CompletableFuture<Optional<T>> result = new CompletableFuture<>();
    AtomicReference<CompletableFuture<PageResult<T>>> inFlight = new AtomicReference<>();
    result.whenComplete((found, error) -> {
      CompletableFuture<PageResult<T>> page = inFlight.get();
      if (page != null) {
        page.cancel(true);
      }
    });
    next(pager, wanted, result, inFlight);
    return result;
  }

  private static <T> void next(AsyncPager<T> pager, Predicate<? super T> wanted, CompletableFuture<Optional<T>> result,
      AtomicReference<CompletableFuture<PageResult<T>>> inFlight) {
    if (result.isDone()) {
      return;
    }
    CompletableFuture<PageResult<T>> page;
    try {
      page = pager.next();
    } catch (RuntimeException | Error e) {
      result.completeExceptionally(e);
      return;
    }
    inFlight.set(page);
    if (result.isDone()) {
      page.cancel(true);
      return;
    }
    page.whenComplete((answer, error) -> {
      if (error != null) {
        result.completeExceptionally(error instanceof CompletionException && error.getCause() != null
            ? error.getCause() : error);
        return;
      }
      try {
        Optional<T> match = answer.items().stream().filter(wanted).findFirst();
        if (match.isPresent()) {
          result.complete(match);
        } else if (answer.last()) {
          result.complete(Optional.empty());
        } else {
          next(pager, wanted, result, inFlight);
        }
      } catch (RuntimeException | Error e) {
        result.completeExceptionally(e); // the predicate (an application's Clock, say) threw
      }
    });
  }
}
