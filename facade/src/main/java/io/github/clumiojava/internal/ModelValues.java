package io.github.clumiojava.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks and copies of the values the builders of the public model are given.
 *
 * <p>Not API: part of the library's implementation, which may change in any release.
 */
public final class ModelValues {
  private ModelValues() {}

  /**
   * Copies a list field's elements.
   *
   * @param <T> the element type
   * @param field the field's name, for the message
   * @param elements the elements, or null for none
   * @return an unmodifiable copy; empty for null
   * @throws NullPointerException if an element is null; the message names the field and index
   */
  public static <T> List<T> listCopy(String field, Collection<? extends T> elements) {
    if (elements == null || elements.isEmpty()) {
      return List.of();
    }
    List<T> copy = new ArrayList<>(elements.size());
    for (T element : elements) {
      if (element == null) {
        throw new NullPointerException(field + "[" + copy.size() + "] is null; leave a missing element out");
      }
      copy.add(element);
    }
    return Collections.unmodifiableList(copy);
  }

  /**
   * Copies a map field's entries, keeping their order.
   *
   * @param entries the entries, or null for none
   * @return an unmodifiable copy; empty for null
   */
  public static Map<String, String> mapCopy(Map<String, String> entries) {
    return entries == null || entries.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(entries));
  }

  /**
   * Returns the wire string of an open enum's constant, refusing the constant that has none.
   *
   * @param setter the enum setter's name; the setter that takes the wire string has the same name
   *     with {@code AsString} appended
   * @param wireValue the constant's wire string; null for the {@code UNKNOWN} constant
   * @return {@code wireValue}
   * @throws IllegalArgumentException if {@code wireValue} is null; the message names both setters
   */
  public static String requireWireValue(String setter, String wireValue) {
    if (wireValue == null) {
      throw new IllegalArgumentException(setter + " must not be UNKNOWN: it stands for a value this version does"
          + " not know and has no wire string; set the string with " + setter + "AsString(String)");
    }
    return wireValue;
  }
}
