package io.github.clumiojava.dynamodb;

import io.github.clumiojava.internal.EnumLookup;

/**
 * The storage class of a table or replica.
 *
 * <p>The set of values is open: a value this version does not know maps to {@link #UNKNOWN},
 * and the string the service sent stays available from the model's {@code ...AsString()}
 * accessor.
 */
public enum TableClass {
  /** The default class. */
  STANDARD("STANDARD"),
  /** Cheaper storage for rarely read data. */
  STANDARD_INFREQUENT_ACCESS("STANDARD_INFREQUENT_ACCESS"),
  /** A value this version of the library does not know. */
  UNKNOWN(null);

  private static final EnumLookup<TableClass> LOOKUP = new EnumLookup<>(values(), TableClass::value, UNKNOWN);

  private final String value;

  TableClass(String value) {
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
  public static TableClass fromValue(String value) {
    return LOOKUP.find(value);
  }
}
