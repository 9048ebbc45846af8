package io.github.clumiojava.dynamodb;

import io.github.clumiojava.internal.EnumLookup;

/**
 * How a table is billed for reads and writes.
 *
 * <p>The set of values is open: a value this version does not know maps to {@link #UNKNOWN},
 * and the string the service sent stays available from the model's {@code ...AsString()}
 * accessor.
 */
public enum BillingMode {
  /** Capacity is provisioned ahead (see the table's provisioned throughput). */
  PROVISIONED("PROVISIONED"),
  /** On demand: billed per request. */
  PAY_PER_REQUEST("PAY_PER_REQUEST"),
  /** A value this version of the library does not know. */
  UNKNOWN(null);

  private static final EnumLookup<BillingMode> LOOKUP = new EnumLookup<>(values(), BillingMode::value, UNKNOWN);

  private final String value;

  BillingMode(String value) {
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
  public static BillingMode fromValue(String value) {
    return LOOKUP.find(value);
  }
}
