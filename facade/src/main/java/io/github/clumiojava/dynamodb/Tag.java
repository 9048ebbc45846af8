package io.github.clumiojava.dynamodb;

/**
 * An AWS tag the table carried when it was backed up.
 *
 * @param key the tag's key, or null if absent
 * @param value the tag's value, or null if absent
 */
public record Tag(String key, String value) {}
