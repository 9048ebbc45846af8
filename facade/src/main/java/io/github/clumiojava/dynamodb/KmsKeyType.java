package io.github.clumiojava.dynamodb;

import io.github.clumiojava.internal.EnumLookup;

/**
 * The kind of KMS key that encrypts a table.
 *
 * <p>The set of values is open: a value this version does not know maps to {@link #UNKNOWN},
 * and the string the service sent stays available from the model's {@code ...AsString()}
 * accessor.
 */
public enum KmsKeyType {
  /** The AWS-owned key (default encryption). */
  DEFAULT("DEFAULT"),
  /** An AWS-managed key in the customer's account. */
  AWS_MANAGED("AWS_MANAGED"),
  /** A key the customer manages. */
  CUSTOMER_MANAGED("CUSTOMER_MANAGED"),
  /** A value this version of the library does not know. */
  UNKNOWN(null);

  private static final EnumLookup<KmsKeyType> LOOKUP = new EnumLookup<>(values(), KmsKeyType::value, UNKNOWN);

  private final String value;

  KmsKeyType(String value) {
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
  public static KmsKeyType fromValue(String value) {
    return LOOKUP.find(value);
  }
}
