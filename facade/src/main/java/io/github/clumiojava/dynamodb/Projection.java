package io.github.clumiojava.dynamodb;

import io.github.clumiojava.internal.ModelValues;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Which attributes an index copies from its table besides the keys.
 *
 * <p>Immutable and thread-safe. Create one with {@link #builder()}; change a copy with {@link
 * #toBuilder()}. Equality is by value: two instances are equal when every field is.
 */
public final class Projection {
  private final String projectionTypeAsString;
  private final List<String> nonKeyAttributes;

  private Projection(Builder builder) {
    this.projectionTypeAsString = builder.projectionTypeAsString;
    this.nonKeyAttributes = builder.nonKeyAttributes;
  }

  /**
   * Returns a new builder with every field absent.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a new builder that holds the values of this projection. Changing the builder does not
   * change this projection.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Returns the projection type.
   *
   * @return the value exactly as the service sent it, or null if absent; see {@link
   *     #projectionType()}
   */
  public String projectionTypeAsString() {
    return projectionTypeAsString;
  }

  /**
   * Returns the projection type.
   *
   * @return the value, {@link ProjectionType#UNKNOWN} for a value this version does not know, or
   *     null if absent
   */
  public ProjectionType projectionType() {
    return ProjectionType.fromValue(projectionTypeAsString);
  }

  /**
   * Returns the non-key attributes copied when the type is {@code INCLUDE}.
   *
   * @return an unmodifiable list; never null, empty when absent
   */
  public List<String> nonKeyAttributes() {
    return nonKeyAttributes;
  }

  /**
   * Returns whether {@code other} is a {@code Projection} with equal values in every field.
   *
   * @param other the object to compare with, or null
   * @return true if every field is equal
   */
  @Override
  public boolean equals(Object other) {
    return other == this || other instanceof Projection that
        && Objects.equals(projectionTypeAsString, that.projectionTypeAsString)
        && Objects.equals(nonKeyAttributes, that.nonKeyAttributes);
  }

  /**
   * Returns a hash code computed from every field.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(projectionTypeAsString, nonKeyAttributes);
  }

  /**
   * Returns every field by name, in the form {@code Projection[name=value, ...]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Projection[projectionTypeAsString=" + projectionTypeAsString
        + ", nonKeyAttributes=" + nonKeyAttributes
        + "]";
  }

  /**
   * Builds a {@link Projection}. Setters are named like the accessors; each takes null as absent,
   * and a later call replaces an earlier one. Lists are copied when set; a list set to null becomes
   * empty.
   *
   * <p>A builder is mutable and not thread-safe: use it from one thread at a time.
   */
  public static final class Builder {
    private String projectionTypeAsString;
    private List<String> nonKeyAttributes = List.of();

    private Builder() {}

    private Builder(Projection original) {
      this.projectionTypeAsString = original.projectionTypeAsString;
      this.nonKeyAttributes = original.nonKeyAttributes;
    }

    /**
     * Sets the projection type as the string the service sends, which may be one this version does
     * not know.
     *
     * @param projectionTypeAsString the wire string, or null for absent
     * @return this builder
     * @see #projectionType(ProjectionType)
     */
    public Builder projectionTypeAsString(String projectionTypeAsString) {
      this.projectionTypeAsString = projectionTypeAsString;
      return this;
    }

    /**
     * Sets the projection type as a constant; the same as {@code
     * projectionTypeAsString(value.value())}.
     *
     * @param value the constant, or null for absent
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is {@link ProjectionType#UNKNOWN}, which
     *     has no wire string; set such a value with {@link #projectionTypeAsString(String)}
     */
    public Builder projectionType(ProjectionType value) {
      this.projectionTypeAsString = value == null ? null
          : ModelValues.requireWireValue("projectionType", value.value());
      return this;
    }

    /**
     * Sets the non-key attributes copied when the type is {@code INCLUDE}, in order.
     *
     * @param nonKeyAttributes the elements, or null for none
     * @return this builder
     * @throws NullPointerException if an element is null
     */
    public Builder nonKeyAttributes(Collection<String> nonKeyAttributes) {
      this.nonKeyAttributes = ModelValues.listCopy("nonKeyAttributes", nonKeyAttributes);
      return this;
    }

    /**
     * Sets the non-key attributes copied when the type is {@code INCLUDE}, in order.
     *
     * @param nonKeyAttributes the elements, or null for none
     * @return this builder
     * @throws NullPointerException if an element is null
     */
    public Builder nonKeyAttributes(String... nonKeyAttributes) {
      return nonKeyAttributes(nonKeyAttributes == null ? null : Arrays.asList(nonKeyAttributes));
    }

    /**
     * Builds the projection. No field is required: what was not set is absent.
     *
     * @return a new immutable projection
     */
    public Projection build() {
      return new Projection(this);
    }
  }
}
