package io.github.clumiojava.dynamodb;

/**
 * A replica's own ceiling on on-demand reads.
 *
 * @param maxReadRequestUnits the most read request units per second, or null if absent
 */
public record OnDemandThroughputOverride(Long maxReadRequestUnits) {}
