package io.github.clumiojava.dynamodb;

/**
 * One attribute of a key and the role it plays in it.
 *
 * @param attributeName the attribute's name, or null if the service did not send it
 * @param keyTypeAsString the role exactly as the service sent it, or null
 */
public record KeySchemaElement(String attributeName, String keyTypeAsString) {
  /**
   * Returns the role of the attribute.
   *
   * @return {@link KeyType#HASH} (partition key), {@link KeyType#RANGE} (sort key), {@link
   *     KeyType#UNKNOWN} for a value this version does not know, or null if absent
   */
  public KeyType keyType() {
    return KeyType.fromValue(keyTypeAsString);
  }
}
