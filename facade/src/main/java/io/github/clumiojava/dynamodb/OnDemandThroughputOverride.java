package io.github.clumiojava.dynamodb;

import java.util.Objects;

/**
 * A replica's own ceiling on on-demand reads.
 *
 * <p>Immutable and thread-safe. Create one with {@link #builder()}; change a copy with {@link
 * #toBuilder()}. Equality is by value: two instances are equal when every field is.
 */
public final class OnDemandThroughputOverride {
  private final Long maxReadRequestUnits;

  private OnDemandThroughputOverride(Builder builder) {
    this.maxReadRequestUnits = builder.maxReadRequestUnits;
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
   * Returns a new builder that holds the values of this override. Changing the builder does not
   * change this override.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Returns the most read request units per second.
   *
   * @return the ceiling, or null if absent
   */
  public Long maxReadRequestUnits() {
    return maxReadRequestUnits;
  }

  /**
   * Returns whether {@code other} is a {@code OnDemandThroughputOverride} with equal values in
   * every field.
   *
   * @param other the object to compare with, or null
   * @return true if every field is equal
   */
  @Override
  public boolean equals(Object other) {
    return other == this || other instanceof OnDemandThroughputOverride that
        && Objects.equals(maxReadRequestUnits, that.maxReadRequestUnits);
  }

  /**
   * Returns a hash code computed from every field.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hashCode(maxReadRequestUnits);
  }

  /**
   * Returns every field by name, in the form {@code OnDemandThroughputOverride[name=value, ...]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "OnDemandThroughputOverride[maxReadRequestUnits=" + maxReadRequestUnits
        + "]";
  }

  /**
   * Builds a {@link OnDemandThroughputOverride}. Setters are named like the accessors; each takes
   * null as absent, and a later call replaces an earlier one.
   *
   * <p>A builder is mutable and not thread-safe: use it from one thread at a time.
   */
  public static final class Builder {
    private Long maxReadRequestUnits;

    private Builder() {}

    private Builder(OnDemandThroughputOverride original) {
      this.maxReadRequestUnits = original.maxReadRequestUnits;
    }

    /**
     * Sets the most read request units per second.
     *
     * @param maxReadRequestUnits the value, or null for absent
     * @return this builder
     */
    public Builder maxReadRequestUnits(Long maxReadRequestUnits) {
      this.maxReadRequestUnits = maxReadRequestUnits;
      return this;
    }

    /**
     * Builds the override. No field is required: what was not set is absent.
     *
     * @return a new immutable override
     */
    public OnDemandThroughputOverride build() {
      return new OnDemandThroughputOverride(this);
    }
  }
}
