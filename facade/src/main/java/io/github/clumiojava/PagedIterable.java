package io.github.clumiojava;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The results of a list operation, fetched page by page as they are iterated.
 *
 * <p>Lazy: creating it sends nothing. Each iteration ({@link #iterator()}, {@link #stream()},
 * {@link #byPage()}) walks the listing afresh from its first page, fetching a page only when the
 * items before it have been consumed; stopping early fetches nothing more. A page that cannot be
 * fetched (after the client's retries) throws its {@link ClumioException} from the iterator's
 * {@code hasNext()} or {@code next()}, and {@link IllegalStateException} once the client is
 * closed.
 *
 * <p>The iterable is thread-safe and can be iterated by several threads at once; each iterator
 * (and stream) is for one thread.
 *
 * @param <T> the item type
 */
public final class PagedIterable<T> implements Iterable<T> {
  private final Supplier<? extends Iterator<Page<T>>> walks;

  /**
   * Creates the iterable. Meant for the library, and for tests of code that consumes listings.
   *
   * @param walks starts a new walk over the pages, each time the iterable is iterated; the
   *     walk's iterator fetches a page when asked for it
   * @throws NullPointerException if {@code walks} is null
   */
  public PagedIterable(Supplier<? extends Iterator<Page<T>>> walks) {
    this.walks = Objects.requireNonNull(walks, "walks must not be null");
  }

  /**
   * Iterates over the pages rather than the items. For a listing of backups, a page holds the
   * backups the walk had not yielded before: pages after the first may hold one or a few fewer
   * than the page size (the backups at a page's boundary come back and are dropped), and a page
   * with nothing new is skipped; an empty listing has one empty page.
   *
   * @return an iterable whose every iteration walks the listing afresh
   */
  public Iterable<Page<T>> byPage() {
    return walks::get;
  }

  /**
   * Iterates over the items, page after page.
   *
   * @return a new iterator, walking from the first page
   */
  @Override
  public Iterator<T> iterator() {
    Iterator<Page<T>> pages = walks.get();
    return new Iterator<>() {
      private Iterator<T> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext()) {
          if (!pages.hasNext()) {
            return false;
          }
          current = pages.next().items().iterator();
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException("no more items");
        }
        return current.next();
      }
    };
  }

  /**
   * Streams the items, page after page; a short-circuiting operation such as {@code findFirst()}
   * or {@code limit(n)} fetches no page beyond the one it stops in.
   *
   * @return a new sequential stream, walking from the first page
   */
  public Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
  }
}
