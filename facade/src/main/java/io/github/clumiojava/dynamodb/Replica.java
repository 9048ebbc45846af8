package io.github.clumiojava.dynamodb;

import io.github.clumiojava.internal.ModelValues;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A replica of a global table in another AWS region.
 *
 * <p>Immutable and thread-safe. Create one with {@link #builder()}; change a copy with {@link
 * #toBuilder()}. Equality is by value: two instances are equal when every field is.
 */
public final class Replica {
  private final String regionName;
  private final String kmsMasterKeyId;
  private final ProvisionedThroughputOverride provisionedThroughputOverride;
  private final List<ReplicaGlobalSecondaryIndex> globalSecondaryIndexes;
  private final String replicaTableClassAsString;
  private final OnDemandThroughputOverride onDemandThroughputOverride;

  private Replica(Builder builder) {
    this.regionName = builder.regionName;
    this.kmsMasterKeyId = builder.kmsMasterKeyId;
    this.provisionedThroughputOverride = builder.provisionedThroughputOverride;
    this.globalSecondaryIndexes = builder.globalSecondaryIndexes;
    this.replicaTableClassAsString = builder.replicaTableClassAsString;
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
   * Returns a new builder that holds the values of this replica. Changing the builder does not
   * change this replica.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Returns the replica's AWS region.
   *
   * @return the region, or null if absent
   */
  public String regionName() {
    return regionName;
  }

  /**
   * Returns the KMS key that encrypts the replica.
   *
   * @return the key id, or null if absent
   */
  public String kmsMasterKeyId() {
    return kmsMasterKeyId;
  }

  /**
   * Returns the replica's own read capacity.
   *
   * @return the override, or null if absent
   */
  public ProvisionedThroughputOverride provisionedThroughputOverride() {
    return provisionedThroughputOverride;
  }

  /**
   * Returns the replica's own index settings.
   *
   * @return an unmodifiable list; never null, empty when absent
   */
  public List<ReplicaGlobalSecondaryIndex> globalSecondaryIndexes() {
    return globalSecondaryIndexes;
  }

  /**
   * Returns the replica's storage class.
   *
   * @return the value exactly as the service sent it, or null if absent; see {@link
   *     #replicaTableClass()}
   */
  public String replicaTableClassAsString() {
    return replicaTableClassAsString;
  }

  /**
   * Returns the replica's storage class.
   *
   * @return the value, {@link TableClass#UNKNOWN} for a value this version does not know, or null
   *     if absent
   */
  public TableClass replicaTableClass() {
    return TableClass.fromValue(replicaTableClassAsString);
  }

  /**
   * Returns the replica's own on-demand read ceiling.
   *
   * @return the override, or null if absent
   */
  public OnDemandThroughputOverride onDemandThroughputOverride() {
    return onDemandThroughputOverride;
  }

  /**
   * Returns whether {@code other} is a {@code Replica} with equal values in every field.
   *
   * @param other the object to compare with, or null
   * @return true if every field is equal
   */
  @Override
  public boolean equals(Object other) {
    return other == this || other instanceof Replica that
        && Objects.equals(regionName, that.regionName)
        && Objects.equals(kmsMasterKeyId, that.kmsMasterKeyId)
        && Objects.equals(provisionedThroughputOverride, that.provisionedThroughputOverride)
        && Objects.equals(globalSecondaryIndexes, that.globalSecondaryIndexes)
        && Objects.equals(replicaTableClassAsString, that.replicaTableClassAsString)
        && Objects.equals(onDemandThroughputOverride, that.onDemandThroughputOverride);
  }

  /**
   * Returns a hash code computed from every field.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(regionName, kmsMasterKeyId, provisionedThroughputOverride,
        globalSecondaryIndexes, replicaTableClassAsString, onDemandThroughputOverride);
  }

  /**
   * Returns every field by name, in the form {@code Replica[name=value, ...]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Replica[regionName=" + regionName
        + ", kmsMasterKeyId=" + kmsMasterKeyId
        + ", provisionedThroughputOverride=" + provisionedThroughputOverride
        + ", globalSecondaryIndexes=" + globalSecondaryIndexes
        + ", replicaTableClassAsString=" + replicaTableClassAsString
        + ", onDemandThroughputOverride=" + onDemandThroughputOverride
        + "]";
  }

  /**
   * Builds a {@link Replica}. Setters are named like the accessors; each takes null as absent, and
   * a later call replaces an earlier one. Lists are copied when set; a list set to null becomes
   * empty.
   *
   * <p>A builder is mutable and not thread-safe: use it from one thread at a time.
   */
  public static final class Builder {
    private String regionName;
    private String kmsMasterKeyId;
    private ProvisionedThroughputOverride provisionedThroughputOverride;
    private List<ReplicaGlobalSecondaryIndex> globalSecondaryIndexes = List.of();
    private String replicaTableClassAsString;
    private OnDemandThroughputOverride onDemandThroughputOverride;

    private Builder() {}

    private Builder(Replica original) {
      this.regionName = original.regionName;
      this.kmsMasterKeyId = original.kmsMasterKeyId;
      this.provisionedThroughputOverride = original.provisionedThroughputOverride;
      this.globalSecondaryIndexes = original.globalSecondaryIndexes;
      this.replicaTableClassAsString = original.replicaTableClassAsString;
      this.onDemandThroughputOverride = original.onDemandThroughputOverride;
    }

    /**
     * Sets the replica's AWS region.
     *
     * @param regionName the value, or null for absent
     * @return this builder
     */
    public Builder regionName(String regionName) {
      this.regionName = regionName;
      return this;
    }

    /**
     * Sets the KMS key that encrypts the replica.
     *
     * @param kmsMasterKeyId the value, or null for absent
     * @return this builder
     */
    public Builder kmsMasterKeyId(String kmsMasterKeyId) {
      this.kmsMasterKeyId = kmsMasterKeyId;
      return this;
    }

    /**
     * Sets the replica's own read capacity.
     *
     * @param provisionedThroughputOverride the value, or null for absent
     * @return this builder
     */
    public Builder provisionedThroughputOverride(ProvisionedThroughputOverride provisionedThroughputOverride) {
      this.provisionedThroughputOverride = provisionedThroughputOverride;
      return this;
    }

    /**
     * Sets the replica's own read capacity to one built on a new {@link
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
     * Sets the replica's own index settings, in order.
     *
     * @param globalSecondaryIndexes the elements, or null for none
     * @return this builder
     * @throws NullPointerException if an element is null
     */
    public Builder globalSecondaryIndexes(Collection<? extends ReplicaGlobalSecondaryIndex> globalSecondaryIndexes) {
      this.globalSecondaryIndexes = ModelValues.listCopy("globalSecondaryIndexes", globalSecondaryIndexes);
      return this;
    }

    /**
     * Sets the replica's own index settings, in order.
     *
     * @param globalSecondaryIndexes the elements, or null for none
     * @return this builder
     * @throws NullPointerException if an element is null
     */
    public Builder globalSecondaryIndexes(ReplicaGlobalSecondaryIndex... globalSecondaryIndexes) {
      return globalSecondaryIndexes(globalSecondaryIndexes == null ? null : Arrays.asList(globalSecondaryIndexes));
    }

    /**
     * Sets the replica's storage class as the string the service sends, which may be one this
     * version does not know.
     *
     * @param replicaTableClassAsString the wire string, or null for absent
     * @return this builder
     * @see #replicaTableClass(TableClass)
     */
    public Builder replicaTableClassAsString(String replicaTableClassAsString) {
      this.replicaTableClassAsString = replicaTableClassAsString;
      return this;
    }

    /**
     * Sets the replica's storage class as a constant; the same as {@code
     * replicaTableClassAsString(value.value())}.
     *
     * @param value the constant, or null for absent
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is {@link TableClass#UNKNOWN}, which has no
     *     wire string; set such a value with {@link #replicaTableClassAsString(String)}
     */
    public Builder replicaTableClass(TableClass value) {
      this.replicaTableClassAsString = value == null ? null
          : ModelValues.requireWireValue("replicaTableClass", value.value());
      return this;
    }

    /**
     * Sets the replica's own on-demand read ceiling.
     *
     * @param onDemandThroughputOverride the value, or null for absent
     * @return this builder
     */
    public Builder onDemandThroughputOverride(OnDemandThroughputOverride onDemandThroughputOverride) {
      this.onDemandThroughputOverride = onDemandThroughputOverride;
      return this;
    }

    /**
     * Sets the replica's own on-demand read ceiling to one built on a new {@link
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
     * Builds the replica. No field is required: what was not set is absent.
     *
     * @return a new immutable replica
     */
    public Replica build() {
      return new Replica(this);
    }
  }
}
