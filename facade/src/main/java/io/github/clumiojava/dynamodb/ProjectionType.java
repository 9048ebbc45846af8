package io.github.clumiojava.dynamodb;

import io.github.clumiojava.internal.EnumLookup;

/**
 * Which attributes an index copies from its table.
 *
 * <p>The set of values is open: a value this version does not know maps to {@link #UNKNOWN},
 * and the string the service sent stays available from the model's {@code ...AsString()}
 * accessor.
 */
public enum ProjectionType {
  /** Every attribute. */
  ALL("ALL"),
  /** Only the table's and the index's keys. */
  KEYS_ONLY("KEYS_ONLY"),
  /** The keys plus the listed non-key attributes. */
  INCLUDE("INCLUDE"),
  /** A value this version of the library does not know. */
  UNKNOWN(null);

  private static final EnumLookup<ProjectionType> LOOKUP = new EnumLookup<>(values(), ProjectionType::value, UNKNOWN);

  private final String value;

  ProjectionType(String value) {
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
  public static ProjectionType fromValue(String value) {
    return LOOKUP.find(value);
  }
}
