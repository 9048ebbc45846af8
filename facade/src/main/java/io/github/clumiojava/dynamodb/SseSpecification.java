package io.github.clumiojava.dynamodb;

import io.github.clumiojava.internal.ModelValues;
import java.util.Objects;

/**
 * Server-side encryption of the table.
 *
 * <p>Immutable and thread-safe. Create one with {@link #builder()}; change a copy with {@link
 * #toBuilder()}. Equality is by value: two instances are equal when every field is.
 */
public final class SseSpecification {
  private final String kmsKeyTypeAsString;
  private final String kmsMasterKeyId;

  private SseSpecification(Builder builder) {
    this.kmsKeyTypeAsString = builder.kmsKeyTypeAsString;
    this.kmsMasterKeyId = builder.kmsMasterKeyId;
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
   * Returns a new builder that holds the values of this specification. Changing the builder does
   * not change this specification.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Returns the kind of KMS key that encrypts the table.
   *
   * @return the value exactly as the service sent it, or null if absent; see {@link #kmsKeyType()}
   */
  public String kmsKeyTypeAsString() {
    return kmsKeyTypeAsString;
  }

  /**
   * Returns the kind of KMS key that encrypts the table.
   *
   * @return the value, {@link KmsKeyType#UNKNOWN} for a value this version does not know, or null
   *     if absent
   */
  public KmsKeyType kmsKeyType() {
    return KmsKeyType.fromValue(kmsKeyTypeAsString);
  }

  /**
   * Returns the ARN of the KMS key.
   *
   * @return the ARN; null when the table uses the AWS-owned default key
   */
  public String kmsMasterKeyId() {
    return kmsMasterKeyId;
  }

  /**
   * Returns whether {@code other} is a {@code SseSpecification} with equal values in every field.
   *
   * @param other the object to compare with, or null
   * @return true if every field is equal
   */
  @Override
  public boolean equals(Object other) {
    return other == this || other instanceof SseSpecification that
        && Objects.equals(kmsKeyTypeAsString, that.kmsKeyTypeAsString)
        && Objects.equals(kmsMasterKeyId, that.kmsMasterKeyId);
  }

  /**
   * Returns a hash code computed from every field.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(kmsKeyTypeAsString, kmsMasterKeyId);
  }

  /**
   * Returns every field by name, in the form {@code SseSpecification[name=value, ...]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "SseSpecification[kmsKeyTypeAsString=" + kmsKeyTypeAsString
        + ", kmsMasterKeyId=" + kmsMasterKeyId
        + "]";
  }

  /**
   * Builds a {@link SseSpecification}. Setters are named like the accessors; each takes null as
   * absent, and a later call replaces an earlier one.
   *
   * <p>A builder is mutable and not thread-safe: use it from one thread at a time.
   */
  public static final class Builder {
    private String kmsKeyTypeAsString;
    private String kmsMasterKeyId;

    private Builder() {}

    private Builder(SseSpecification original) {
      this.kmsKeyTypeAsString = original.kmsKeyTypeAsString;
      this.kmsMasterKeyId = original.kmsMasterKeyId;
    }

    /**
     * Sets the kind of KMS key that encrypts the table as the string the service sends, which may
     * be one this version does not know.
     *
     * @param kmsKeyTypeAsString the wire string, or null for absent
     * @return this builder
     * @see #kmsKeyType(KmsKeyType)
     */
    public Builder kmsKeyTypeAsString(String kmsKeyTypeAsString) {
      this.kmsKeyTypeAsString = kmsKeyTypeAsString;
      return this;
    }

    /**
     * Sets the kind of KMS key that encrypts the table as a constant; the same as {@code
     * kmsKeyTypeAsString(value.value())}.
     *
     * @param value the constant, or null for absent
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is {@link KmsKeyType#UNKNOWN}, which has no
     *     wire string; set such a value with {@link #kmsKeyTypeAsString(String)}
     */
    public Builder kmsKeyType(KmsKeyType value) {
      this.kmsKeyTypeAsString = value == null ? null
          : ModelValues.requireWireValue("kmsKeyType", value.value());
      return this;
    }

    /**
     * Sets the ARN of the KMS key.
     *
     * @param kmsMasterKeyId the value, or null for absent
     * @return this builder
     */
    public Builder kmsMasterKeyId(String kmsMasterKeyId) {
      this.kmsMasterKeyId = kmsMasterKeyId;
      return this;
    }

    /**
     * Builds the specification. No field is required: what was not set is absent.
     *
     * @return a new immutable specification
     */
    public SseSpecification build() {
      return new SseSpecification(this);
    }
  }
}
