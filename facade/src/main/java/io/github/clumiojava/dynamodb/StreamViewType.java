package io.github.clumiojava.dynamodb;

import io.github.clumiojava.internal.EnumLookup;

/**
 * What a DynamoDB stream records about a changed item.
 *
 * <p>The set of values is open: a value this version does not know maps to {@link #UNKNOWN},
 * and the string the service sent stays available from the model's {@code ...AsString()}
 * accessor.
 */
public enum StreamViewType {
  /** Only the key attributes. */
  KEYS_ONLY("KEYS_ONLY"),
  /** The whole item as it is after the change. */
  NEW_IMAGE("NEW_IMAGE"),
  /** The whole item as it was before the change. */
  OLD_IMAGE("OLD_IMAGE"),
  /** Both images. */
  NEW_AND_OLD_IMAGES("NEW_AND_OLD_IMAGES"),
  /** A value this version of the library does not know. */
  UNKNOWN(null);

  private static final EnumLookup<StreamViewType> LOOKUP = new EnumLookup<>(values(), StreamViewType::value, UNKNOWN);

  private final String value;

  StreamViewType(String value) {
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
  public static StreamViewType fromValue(String value) {
    return LOOKUP.find(value);
  }
}
