package io.github.clumiojava.dynamodb;

import io.github.clumiojava.internal.EnumLookup;

/**
 * How a backup was made.
 *
 * <p>The set of values is open: a value this version does not know maps to {@link #UNKNOWN},
 * and the string the service sent stays available from the model's {@code ...AsString()}
 * accessor.
 */
public enum BackupType {
  /** A backup stored by Clumio. */
  CLUMIO_BACKUP("clumio_backup"),
  /** An AWS backup of the table, kept in the customer's account. */
  AWS_SNAPSHOT("aws_snapshot"),
  /** A value this version of the library does not know. */
  UNKNOWN(null);

  private static final EnumLookup<BackupType> LOOKUP = new EnumLookup<>(values(), BackupType::value, UNKNOWN);

  private final String value;

  BackupType(String value) {
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
  public static BackupType fromValue(String value) {
    return LOOKUP.find(value);
  }
}
