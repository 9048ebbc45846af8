package io.github.clumiojava.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * An in-memory walk over the items {@code 0, 1, 2, …} (as {@code int}s, wrapping past {@link
 * Integer#MAX_VALUE}), in pages of a fixed size. Computes each page when asked, so it serves
 * {@link Long#MAX_VALUE} items (an endless walk, never a last page) as easily as three.
 */
final class CountingPager implements AsyncPager<Integer> {
  private final long total;
  private final int pageSize;
  private final boolean async;
  private long served;

  /**
   * @param total how many items the walk has; {@link Long#MAX_VALUE} for an endless one
   * @param pageSize items per page (the last page may hold fewer)
   * @param async whether pages complete later on another thread (the common pool), like an HTTP
   *     call, rather than at once on the caller's
   */
  CountingPager(long total, int pageSize, boolean async) {
    this.total = total;
    this.pageSize = pageSize;
    this.async = async;
  }

  @Override
  public CompletableFuture<PageResult<Integer>> next() {
    PageResult<Integer> page = nextPage();
    return async ? CompletableFuture.supplyAsync(() -> page) : CompletableFuture.completedFuture(page);
  }

  private PageResult<Integer> nextPage() {
    int size = (int) Math.min(pageSize, total - served);
    List<Integer> items = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      items.add((int) served++);
    }
    return new PageResult<>(items, total != Long.MAX_VALUE && served == total);
  }
}
