package io.github.clumiojava.dynamodb;

import java.util.Objects;

/**
 * Provisioned read and write capacity of a table or index.
 *
 * <p>Immutable and thread-safe. Create one with {@link #builder()}; change a copy with {@link
 * #toBuilder()}. Equality is by value: two instances are equal when every field is.
 */
public final class ProvisionedThroughput {
  private final Long readCapacityUnits;
  private final Long writeCapacityUnits;

  private ProvisionedThroughput(Builder builder) {
    this.readCapacityUnits = builder.readCapacityUnits;
    this.writeCapacityUnits = builder.writeCapacityUnits;
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
   * Returns a new builder that holds the values of this throughput. Changing the builder does not
   * change this throughput.
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
   * Returns the writes per second.
   *
   * @return the writes per second, or null if absent
   */
  public Long writeCapacityUnits() {
    return writeCapacityUnits;
  }

  /**
   * Returns whether {@code other} is a {@code ProvisionedThroughput} with equal values in every
   * field.
   *
   * @param other the object to compare with, or null
   * @return true if every field is equal
   */
  @Override
  public boolean equals(Object other) {
    return other == this || other instanceof ProvisionedThroughput that
        && Objects.equals(readCapacityUnits, that.readCapacityUnits)
        && Objects.equals(writeCapacityUnits, that.writeCapacityUnits);
  }

  /**
   * Returns a hash code computed from every field.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(readCapacityUnits, writeCapacityUnits);
  }

  /**
   * Returns every field by name, in the form {@code ProvisionedThroughput[name=value, ...]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "ProvisionedThroughput[readCapacityUnits=" + readCapacityUnits
        + ", writeCapacityUnits=" + writeCapacityUnits
        + "]";
  }

  /**
   * Builds a {@link ProvisionedThroughput}. Setters are named like the accessors; each takes null
   * as absent, and a later call replaces an earlier one.
   *
   * <p>A builder is mutable and not thread-safe: use it from one thread at a time.
   */
  public static final class Builder {
    private Long readCapacityUnits;
    private Long writeCapacityUnits;

    private Builder() {}

    private Builder(ProvisionedThroughput original) {
      this.readCapacityUnits = original.readCapacityUnits;
      this.writeCapacityUnits = original.writeCapacityUnits;
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
     * Sets the writes per second.
     *
     * @param writeCapacityUnits the value, or null for absent
     * @return this builder
     */
    public Builder writeCapacityUnits(Long writeCapacityUnits) {
      this.writeCapacityUnits = writeCapacityUnits;
      return this;
    }

    /**
     * Builds the throughput. No field is required: what was not set is absent.
     *
     * @return a new immutable throughput
     */
    public ProvisionedThroughput build() {
      return new ProvisionedThroughput(this);
    }
  }
}
