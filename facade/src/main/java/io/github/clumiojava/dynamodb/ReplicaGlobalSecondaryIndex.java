package io.github.clumiojava.dynamodb;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A replica's own settings for one of the table's global secondary indexes.
 *
 * <p>Immutable and thread-safe. Create one with {@link #builder()}; change a copy with {@link
 * #toBuilder()}. Equality is by value: two instances are equal when every field is.
 */
public final class ReplicaGlobalSecondaryIndex {
  private final String indexName;
  private final ProvisionedThroughputOverride provisionedThroughputOverride;
  private final OnDemandThroughputOverride onDemandThroughputOverride;

  private ReplicaGlobalSecondaryIndex(Builder builder) {
    this.indexName = builder.indexName;
    this.provisionedThroughputOverride = builder.provisionedThroughputOverride;
    this.onDemandThroughputOverride = builder.onDemandThroughputOverride;
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
   * Returns a new builder that holds the values of this index setting. Changing the builder does
   * not change this index setting.
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
   * Returns the replica's read capacity for the index.
   *
   * @return the override, or null if absent
   */
  public ProvisionedThroughputOverride provisionedThroughputOverride() {
    return provisionedThroughputOverride;
  }

  /**
   * Returns the replica's on-demand read ceiling for the index.
   *
   * @return the override, or null if absent
   */
  public OnDemandThroughputOverride onDemandThroughputOverride() {
    return onDemandThroughputOverride;
  }

  /**
   * Returns whether {@code other} is a {@code ReplicaGlobalSecondaryIndex} with equal values in
   * every field.
   *
   * @param other the object to compare with, or null
   * @return true if every field is equal
   */
  @Override
  public boolean equals(Object other) {
    return other == this || other instanceof ReplicaGlobalSecondaryIndex that
        && Objects.equals(indexName, that.indexName)
        && Objects.equals(provisionedThroughputOverride, that.provisionedThroughputOverride)
        && Objects.equals(onDemandThroughputOverride, that.onDemandThroughputOverride);
  }

  /**
   * Returns a hash code computed from every field.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(indexName, provisionedThroughputOverride, onDemandThroughputOverride);
  }

  /**
   * Returns every field by name, in the form {@code ReplicaGlobalSecondaryIndex[name=value, ...]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "ReplicaGlobalSecondaryIndex[indexName=" + indexName
        + ", provisionedThroughputOverride=" + provisionedThroughputOverride
        + ", onDemandThroughputOverride=" + onDemandThroughputOverride
        + "]";
  }

  /**
   * Builds a {@link ReplicaGlobalSecondaryIndex}. Setters are named like the accessors; each takes
   * null as absent, and a later call replaces an earlier one.
   *
   * <p>A builder is mutable and not thread-safe: use it from one thread at a time.
   */
  public static final class Builder {
    private String indexName;
    private ProvisionedThroughputOverride provisionedThroughputOverride;
    private OnDemandThroughputOverride onDemandThroughputOverride;

    private Builder() {}

    private Builder(ReplicaGlobalSecondaryIndex original) {
      this.indexName = original.indexName;
      this.provisionedThroughputOverride = original.provisionedThroughputOverride;
      this.onDemandThroughputOverride = original.onDemandThroughputOverride;
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
     * Sets the replica's read capacity for the index.
     *
     * @param provisionedThroughputOverride the value, or null for absent
     * @return this builder
     */
    public Builder provisionedThroughputOverride(ProvisionedThroughputOverride provisionedThroughputOverride) {
      this.provisionedThroughputOverride = provisionedThroughputOverride;
      return this;
    }

    /**
     * Sets the replica's read capacity for the index to one built on a new {@link
     * ProvisionedThroughputOverride.Builder}, as in {@code
     * provisionedThroughputOverride(ProvisionedThroughputOverride.builder()...build())}.
     *
     * @param fill fills the new builder
     * @return this builder
     * @throws NullPointerException if {@code fill} is null
     */
    public Builder provisionedThroughputOverride(Consumer<ProvisionedThroughputOverride.Builder> fill) {
      ProvisionedThroughputOverride.Builder builder = ProvisionedThroughputOverride.builder();
      fill.accept(builder);
      return provisionedThroughputOverride(builder.build());
    }

    /**
     * Sets the replica's on-demand read ceiling for the index.
     *
     * @param onDemandThroughputOverride the value, or null for absent
     * @return this builder
     */
    public Builder onDemandThroughputOverride(OnDemandThroughputOverride onDemandThroughputOverride) {
      this.onDemandThroughputOverride = onDemandThroughputOverride;
      return this;
    }

    /**
     * Sets the replica's on-demand read ceiling for the index to one built on a new {@link
     * OnDemandThroughputOverride.Builder}, as in {@code
     * onDemandThroughputOverride(OnDemandThroughputOverride.builder()...build())}.
     *
     * @param fill fills the new builder
     * @return this builder
     * @throws NullPointerException if {@code fill} is null
     */
    public Builder onDemandThroughputOverride(Consumer<OnDemandThroughputOverride.Builder> fill) {
      OnDemandThroughputOverride.Builder builder = OnDemandThroughputOverride.builder();
      fill.accept(builder);
      return onDemandThroughputOverride(builder.build());
    }

    /**
     * Builds the index setting. No field is required: what was not set is absent.
     *
     * @return a new immutable index setting
     */
    public ReplicaGlobalSecondaryIndex build() {
      return new ReplicaGlobalSecondaryIndex(this);
    }
  }
}
