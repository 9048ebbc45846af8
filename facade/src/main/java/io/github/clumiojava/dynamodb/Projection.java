package io.github.clumiojava.dynamodb;

import java.util.List;

/**
 * Which attributes an index copies from its table besides the keys.
 *
 * @param projectionTypeAsString the projection type exactly as the service sent it, or null
 * @param nonKeyAttributes the non-key attributes copied when the type is {@code INCLUDE}; never
 *     null, empty when absent
 */
public record Projection(String projectionTypeAsString, List<String> nonKeyAttributes) {
  /**
   * Creates a projection.
   *
   * @throws NullPointerException if {@code nonKeyAttributes} or one of its elements is null
   */
  public Projection {
    nonKeyAttributes = List.copyOf(nonKeyAttributes);
  }

  /**
   * Returns the projection type.
   *
   * @return the type, {@link ProjectionType#UNKNOWN} for a value this version does not know, or
   *     null if absent
   */
  public ProjectionType projectionType() {
    return ProjectionType.fromValue(projectionTypeAsString);
  }
}
