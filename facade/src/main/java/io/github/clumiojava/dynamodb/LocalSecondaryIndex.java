package io.github.clumiojava.dynamodb;

import java.util.List;

/**
 * A local secondary index of the table.
 *
 * @param indexName the index's name, or null if absent
 * @param keySchema the index's key attributes; never null, empty when absent
 * @param projection the attributes the index copies, or null if absent
 */
public record LocalSecondaryIndex(String indexName, List<KeySchemaElement> keySchema, Projection projection) {
  /**
   * Creates an index description.
   *
   * @throws NullPointerException if {@code keySchema} or one of its elements is null
   */
  public LocalSecondaryIndex {
    keySchema = List.copyOf(keySchema);
  }
}
