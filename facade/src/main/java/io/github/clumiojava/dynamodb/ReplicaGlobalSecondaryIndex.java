package io.github.clumiojava.dynamodb;

/**
 * A replica's own settings for one of the table's global secondary indexes.
 *
 * @param indexName the index's name, or null if absent
 * @param provisionedThroughputOverride the replica's read capacity for the index, or null
 * @param onDemandThroughputOverride the replica's on-demand read ceiling for the index, or null
 */
public record ReplicaGlobalSecondaryIndex(
    String indexName,
    ProvisionedThroughputOverride provisionedThroughputOverride,
    OnDemandThroughputOverride onDemandThroughputOverride) {}
