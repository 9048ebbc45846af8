package io.github.clumiojava.dynamodb;

/**
 * The table's DynamoDB Streams settings.
 *
 * @param enabled whether the stream was on, or null if absent
 * @param viewTypeAsString what the stream records, exactly as the service sent it, or null
 */
public record StreamSpecification(Boolean enabled, String viewTypeAsString) {
  /**
   * Returns what the stream records about a changed item.
   *
   * @return the view type, {@link StreamViewType#UNKNOWN} for a value this version does not
   *     know, or null if absent
   */
  public StreamViewType viewType() {
    return StreamViewType.fromValue(viewTypeAsString);
  }
}
