package io.github.clumiojava.dynamodb;

import io.github.clumiojava.internal.EnumLookup;

/**
 * Whether CloudWatch Contributor Insights is on for a table or index.
 *
 * <p>The set of values is open: a value this version does not know maps to {@link #UNKNOWN},
 * and the string the service sent stays available from the model's {@code ...AsString()}
 * accessor.
 */
public enum ContributorInsightsStatus {
  /** Being turned on. */
  ENABLING("ENABLING"),
  /** On. */
  ENABLED("ENABLED"),
  /** Being turned off. */
  DISABLING("DISABLING"),
  /** Off. */
  DISABLED("DISABLED"),
  /** Turning it on or off failed. */
  FAILED("FAILED"),
  /** A value this version of the library does not know. */
  UNKNOWN(null);

  private static final EnumLookup<ContributorInsightsStatus> LOOKUP = new EnumLookup<>(values(), ContributorInsightsStatus::value, UNKNOWN);

  private final String value;

  ContributorInsightsStatus(String value) {
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
  public static ContributorInsightsStatus fromValue(String value) {
    return LOOKUP.find(value);
  }
}
