package io.github.clumiojava.dynamodb;

/**
 * Provisioned read and write capacity of a table or index.
 *
 * @param readCapacityUnits strongly consistent reads per second, or null if absent
 * @param writeCapacityUnits writes per second, or null if absent
 */
public record ProvisionedThroughput(Long readCapacityUnits, Long writeCapacityUnits) {}
