package io.github.clumiojava.dynamodb;

import java.util.List;

/**
 * A global secondary index of the table.
 *
 * @param indexName the index's name, or null if absent
 * @param keySchema the index's key attributes; never null, empty when absent
 * @param projection the attributes the index copies, or null if absent
 * @param provisionedThroughput the index's provisioned capacity, or null if absent
 * @param contributorInsightsStatusAsString Contributor Insights status exactly as sent, or null
 */
public record GlobalSecondaryIndex(
    String indexName,
    List<KeySchemaElement> keySchema,
    Projection projection,
    ProvisionedThroughput provisionedThroughput,
    String contributorInsightsStatusAsString) {

  /**
   * Creates an index description.
   *
   * @throws NullPointerException if {@code keySchema} or one of its elements is null
   */
  public GlobalSecondaryIndex {
    keySchema = List.copyOf(keySchema);
  }

  /**
   * Returns whether CloudWatch Contributor Insights is on for the index.
   *
   * @return the status, {@link ContributorInsightsStatus#UNKNOWN} for a value this version does
   *     not know, or null if absent
   */
  public ContributorInsightsStatus contributorInsightsStatus() {
    return ContributorInsightsStatus.fromValue(contributorInsightsStatusAsString);
  }
}
