package io.github.clumiojava.dynamodb;

import io.github.clumiojava.internal.ModelValues;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A local secondary index of the table.
 *
 * <p>Immutable and thread-safe. Create one with {@link #builder()}; change a copy with {@link
 * #toBuilder()}. Equality is by value: two instances are equal when every field is.
 */
public final class LocalSecondaryIndex {
  private final String indexName;
  private final List<KeySchemaElement> keySchema;
  private final Projection projection;

  private LocalSecondaryIndex(Builder builder) {
    this.indexName = builder.indexName;
    this.keySchema = builder.keySchema;
    this.projection = builder.projection;
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
   * Returns a new builder that holds the values of this index. Changing the builder does not change
   * this index.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Returns the index's name.
   *
   * @return the name, or null if absent
   */
  public String indexName() {
    return indexName;
  }

  /**
   * Returns the index's key attributes.
   *
   * @return an unmodifiable list; never null, empty when absent
   */
  public List<KeySchemaElement> keySchema() {
    return keySchema;
  }

  /**
   * Returns the attributes the index copies.
   *
   * @return the projection, or null if absent
   */
  public Projection projection() {
    return projection;
  }

  /**
   * Returns whether {@code other} is a {@code LocalSecondaryIndex} with equal values in every
   * field.
   *
   * @param other the object to compare with, or null
   * @return true if every field is equal
   */
  @Override
  public boolean equals(Object other) {
    return other == this || other instanceof LocalSecondaryIndex that
        && Objects.equals(indexName, that.indexName)
        && Objects.equals(keySchema, that.keySchema)
        && Objects.equals(projection, that.projection);
  }

  /**
   * Returns a hash code computed from every field.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(indexName, keySchema, projection);
  }

  /**
   * Returns every field by name, in the form {@code LocalSecondaryIndex[name=value, ...]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "LocalSecondaryIndex[indexName=" + indexName
        + ", keySchema=" + keySchema
        + ", projection=" + projection
        + "]";
  }

  /**
   * Builds a {@link LocalSecondaryIndex}. Setters are named like the accessors; each takes null as
   * absent, and a later call replaces an earlier one. Lists are copied when set; a list set to null
   * becomes empty.
   *
   * <p>A builder is mutable and not thread-safe: use it from one thread at a time.
   */
  public static final class Builder {
    private String indexName;
    private List<KeySchemaElement> keySchema = List.of();
    private Projection projection;

    private Builder() {}

    private Builder(LocalSecondaryIndex original) {
      this.indexName = original.indexName;
      this.keySchema = original.keySchema;
      this.projection = original.projection;
    }

    /**
     * Sets the index's name.
     *
     * @param indexName the value, or null for absent
     * @return this builder
     */
    public Builder indexName(String indexName) {
      this.indexName = indexName;
      return this;
    }

    /**
     * Sets the index's key attributes, in order.
     *
     * @param keySchema the elements, or null for none
     * @return this builder
     * @throws NullPointerException if an element is null
     */
    public Builder keySchema(Collection<? extends KeySchemaElement> keySchema) {
      this.keySchema = ModelValues.listCopy("keySchema", keySchema);
      return this;
    }

    /**
     * Sets the index's key attributes, in order.
     *
     * @param keySchema the elements, or null for none
     * @return this builder
     * @throws NullPointerException if an element is null
     */
    public Builder keySchema(KeySchemaElement... keySchema) {
      return keySchema(keySchema == null ? null : Arrays.asList(keySchema));
    }

    /**
     * Sets the attributes the index copies.
     *
     * @param projection the value, or null for absent
     * @return this builder
     */
    public Builder projection(Projection projection) {
      this.projection = projection;
      return this;
    }

    /**
     * Sets the attributes the index copies to one built on a new {@link Projection.Builder}, as in
     * {@code projection(Projection.builder()...build())}.
     *
     * @param fill fills the new builder
     * @return this builder
     * @throws NullPointerException if {@code fill} is null
     */
    public Builder projection(Consumer<Projection.Builder> fill) {
      Projection.Builder builder = Projection.builder();
      fill.accept(builder);
      return projection(builder.build());
    }

    /**
     * Builds the index. No field is required: what was not set is absent.
     *
     * @return a new immutable index
     */
    public LocalSecondaryIndex build() {
      return new LocalSecondaryIndex(this);
    }
  }
}
