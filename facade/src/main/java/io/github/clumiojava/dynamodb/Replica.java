package io.github.clumiojava.dynamodb;

import java.util.List;

/**
 * A replica of a global table in another AWS region.
 *
 * @param regionName the replica's AWS region, or null if absent
 * @param kmsMasterKeyId the KMS key that encrypts the replica, or null if absent
 * @param provisionedThroughputOverride the replica's own read capacity, or null if absent
 * @param globalSecondaryIndexes the replica's own index settings; never null, empty when absent
 * @param replicaTableClassAsString the replica's storage class exactly as sent, or null
 * @param onDemandThroughputOverride the replica's own on-demand read ceiling, or null if absent
 */
public record Replica(
    String regionName,
    String kmsMasterKeyId,
    ProvisionedThroughputOverride provisionedThroughputOverride,
    List<ReplicaGlobalSecondaryIndex> globalSecondaryIndexes,
    String replicaTableClassAsString,
    OnDemandThroughputOverride onDemandThroughputOverride) {

  /**
   * Creates a replica description.
   *
   * @throws NullPointerException if {@code globalSecondaryIndexes} or an element is null
   */
  public Replica {
    globalSecondaryIndexes = List.copyOf(globalSecondaryIndexes);
  }

  /**
   * Returns the replica's storage class.
   *
   * @return the class, {@link TableClass#UNKNOWN} for a value this version does not know, or
   *     null if absent
   */
  public TableClass replicaTableClass() {
    return TableClass.fromValue(replicaTableClassAsString);
  }
}
