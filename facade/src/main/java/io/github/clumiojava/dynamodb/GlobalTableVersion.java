package io.github.clumiojava.dynamodb;

import io.github.clumiojava.internal.EnumLookup;

/**
 * The version of DynamoDB global tables a replicated table uses.
 *
 * <p>The set of values is open: a value this version does not know maps to {@link #UNKNOWN},
 * and the string the service sent stays available from the model's {@code ...AsString()}
 * accessor.
 */
public enum GlobalTableVersion {
  /** Global tables version 2017.11.29 (legacy). */
  V2017_11_29("2017.11.29"),
  /** Global tables version 2019.11.21 (current). */
  V2019_11_21("2019.11.21"),
  /** A value this version of the library does not know. */
  UNKNOWN(null);

  private static final EnumLookup<GlobalTableVersion> LOOKUP = new EnumLookup<>(values(), GlobalTableVersion::value, UNKNOWN);

  private final String value;

  GlobalTableVersion(String value) {
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
  public static GlobalTableVersion fromValue(String value) {
    return LOOKUP.find(value);
  }
}
