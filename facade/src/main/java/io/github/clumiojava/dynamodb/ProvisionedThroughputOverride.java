package io.github.clumiojava.dynamodb;

/**
 * A replica's own read capacity, overriding the source table's.
 *
 * @param readCapacityUnits strongly consistent reads per second, or null if absent
 */
public record ProvisionedThroughputOverride(Long readCapacityUnits) {}
