package io.github.clumiojava.dynamodb;

import io.github.clumiojava.internal.EnumLookup;

/**
 * The role an attribute plays in a key.
 *
 * <p>The set of values is open: a value this version does not know maps to {@link #UNKNOWN},
 * and the string the service sent stays available from the model's {@code ...AsString()}
 * accessor.
 */
public enum KeyType {
  /** The partition key. */
  HASH("HASH"),
  /** The sort key. */
  RANGE("RANGE"),
  /** A value this version of the library does not know. */
  UNKNOWN(null);

  private static final EnumLookup<KeyType> LOOKUP = new EnumLookup<>(values(), KeyType::value, UNKNOWN);

  private final String value;

  KeyType(String value) {
    this.value = value;
  }

  /**
   * Returns the string the service uses for this value.
   *
   * @return the wire string, or null for {@link #UNKNOWN}
   */
  public String value() {
    return value;
  }

  /**
   * Returns the constant for a string the service sent.
   *
   * @param value the wire string, or null
   * @return null when {@code value} is null, {@link #UNKNOWN} when no constant has it
   */
  public static KeyType fromValue(String value) {
    return LOOKUP.find(value);
  }
}
