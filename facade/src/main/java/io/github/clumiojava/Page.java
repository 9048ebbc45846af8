package io.github.clumiojava;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One page of a list operation's results.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the item type
 */
public final class Page<T> {
  private final List<T> items;
  private final OptionalLong totalCount;

  private Page(List<T> items, OptionalLong totalCount) {
    this.items = List.copyOf(items);
    this.totalCount = Objects.requireNonNull(totalCount, "totalCount must not be null");
  }

  /**
   * Creates a page. Meant for the library, and for tests of code that consumes pages.
   *
   * @param items the page's items, in order; copied
   * @param totalCount how many items the whole listing holds, if known
   * @param <T> the item type
   * @return the page
   * @throws NullPointerException if {@code items}, an item or {@code totalCount} is null
   */
  public static <T> Page<T> of(List<T> items, OptionalLong totalCount) {
    return new Page<>(items, totalCount);
  }

  /**
   * Returns the page's items, in the listing's order.
   *
   * @return an unmodifiable list, possibly empty; never null
   */
  public List<T> items() {
    return items;
  }

  /**
   * Returns how many items the whole listing holds, as the service counted them when the walk
   * began. Items created or deleted during a walk can make the items seen differ from it.
   *
   * @return the count, or empty if the service did not say
   */
  public OptionalLong totalCount() {
    return totalCount;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Page<?> page && items.equals(page.items) && totalCount.equals(page.totalCount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(items, totalCount);
  }

  @Override
  public String toString() {
    return "Page[" + items.size() + " items, totalCount=" + totalCount + "]";
  }
}
