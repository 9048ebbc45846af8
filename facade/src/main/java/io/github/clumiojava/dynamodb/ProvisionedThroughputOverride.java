package io.github.clumiojava.dynamodb;

import java.util.Objects;

/**
 * A replica's own read capacity, overriding the source table's.
 *
 * <p>Immutable and thread-safe. Create one with {@link #builder()}; change a copy with {@link
 * #toBuilder()}. Equality is by value: two instances are equal when every field is.
 */
public final class ProvisionedThroughputOverride {
  private final Long readCapacityUnits;

  private ProvisionedThroughputOverride(Builder builder) {
    this.readCapacityUnits = builder.readCapacityUnits;
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
   * Returns the strongly consistent reads per second.
   *
   * @return the reads per second, or null if absent
   */
  public Long readCapacityUnits() {
    return readCapacityUnits;
  }

  /**
   * Returns whether {@code other} is a {@code ProvisionedThroughputOverride} with equal values in
   * every field.
   *
   * @param other the object to compare with, or null
   * @return true if every field is equal
   */
  @Override
  public boolean equals(Object other) {
    return other == this || other instanceof ProvisionedThroughputOverride that
        && Objects.equals(readCapacityUnits, that.readCapacityUnits);
  }

  /**
   * Returns a hash code computed from every field.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hashCode(readCapacityUnits);
  }

  /**
   * Returns every field by name, in the form {@code ProvisionedThroughputOverride[name=value,
   * ...]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "ProvisionedThroughputOverride[readCapacityUnits=" + readCapacityUnits
        + "]";
  }

  /**
   * Builds a {@link ProvisionedThroughputOverride}. Setters are named like the accessors; each
   * takes null as absent, and a later call replaces an earlier one.
   *
   * <p>A builder is mutable and not thread-safe: use it from one thread at a time.
   */
  public static final class Builder {
    private Long readCapacityUnits;

    private Builder() {}

    private Builder(ProvisionedThroughputOverride original) {
      this.readCapacityUnits = original.readCapacityUnits;
    }

    /**
     * Sets the strongly consistent reads per second.
     *
     * @param readCapacityUnits the value, or null for absent
     * @return this builder
     */
    public Builder readCapacityUnits(Long readCapacityUnits) {
      this.readCapacityUnits = readCapacityUnits;
      return this;
    }

    /**
     * Builds the override. No field is required: what was not set is absent.
     *
     * @return a new immutable override
     */
    public ProvisionedThroughputOverride build() {
      return new ProvisionedThroughputOverride(this);
    }
  }
}
