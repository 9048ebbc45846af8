package io.github.clumiojava.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Maps the wire strings of an open set of values to enum constants, with a fallback for strings
 * the enum does not know. Built once per enum; lookups are a hash-map read.
 *
 * <p>Not API: part of the library's implementation, which may change in any release.
 *
 * @param <E> the enum type
 */
public final class EnumLookup<E extends Enum<E>> {
  private final Map<String, E> byWireValue = new HashMap<>();
  private final E unknown;

  /**
   * Creates a lookup.
   *
   * @param constants every constant of the enum
   * @param wireValue the wire string of a constant, or null for the fallback constant
   * @param unknown the constant for strings no other constant has
   */
  public EnumLookup(E[] constants, Function<E, String> wireValue, E unknown) {
    for (E constant : constants) {
      String value = wireValue.apply(constant);
      if (value != null) {
        byWireValue.put(value, constant);
      }
    }
    this.unknown = Objects.requireNonNull(unknown, "unknown");
  }

  /**
   * Returns the constant for a wire string.
   *
   * @param value the string the service sent, or null
   * @return null for null, the matching constant, or the fallback constant
   */
  public E find(String value) {
    return value == null ? null : byWireValue.getOrDefault(value, unknown);
  }
}
