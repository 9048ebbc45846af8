package io.github.clumiojava.internal;

import java.util.List;

/**
 * One page of a walk.
 *
 * <p>Not API: part of the library's implementation, which may change in any release.
 *
 * @param items the page's items, in order; possibly empty
 * @param last whether the walk ends with this page
 * @param <T> the item type
 */
public record PageResult<T>(List<T> items, boolean last) {
  /**
   * Keeps an immutable copy of the items.
   *
   * @throws NullPointerException if {@code items} is null or holds null: a publisher never
   *     signals null (rule 2.13)
   */
  public PageResult {
    items = List.copyOf(items);
  }
}
