package io.github.clumiojava.dynamodb;

import io.github.clumiojava.internal.ModelValues;
import java.util.Objects;

/**
 * The table's DynamoDB Streams settings.
 *
 * <p>Immutable and thread-safe. Create one with {@link #builder()}; change a copy with {@link
 * #toBuilder()}. Equality is by value: two instances are equal when every field is.
 */
public final class StreamSpecification {
  private final Boolean enabled;
  private final String viewTypeAsString;

  private StreamSpecification(Builder builder) {
    this.enabled = builder.enabled;
    this.viewTypeAsString = builder.viewTypeAsString;
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
   * Returns whether the stream was on.
   *
   * @return whether the stream was on, or null if absent
   */
  public Boolean enabled() {
    return enabled;
  }

  /**
   * Returns what the stream records about a changed item.
   *
   * @return the value exactly as the service sent it, or null if absent; see {@link #viewType()}
   */
  public String viewTypeAsString() {
    return viewTypeAsString;
  }

  /**
   * Returns what the stream records about a changed item.
   *
   * @return the value, {@link StreamViewType#UNKNOWN} for a value this version does not know, or
   *     null if absent
   */
  public StreamViewType viewType() {
    return StreamViewType.fromValue(viewTypeAsString);
  }

  /**
   * Returns whether {@code other} is a {@code StreamSpecification} with equal values in every
   * field.
   *
   * @param other the object to compare with, or null
   * @return true if every field is equal
   */
  @Override
  public boolean equals(Object other) {
    return other == this || other instanceof StreamSpecification that
        && Objects.equals(enabled, that.enabled)
        && Objects.equals(viewTypeAsString, that.viewTypeAsString);
  }

  /**
   * Returns a hash code computed from every field.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(enabled, viewTypeAsString);
  }

  /**
   * Returns every field by name, in the form {@code StreamSpecification[name=value, ...]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "StreamSpecification[enabled=" + enabled
        + ", viewTypeAsString=" + viewTypeAsString
        + "]";
  }

  /**
   * Builds a {@link StreamSpecification}. Setters are named like the accessors; each takes null as
   * absent, and a later call replaces an earlier one.
   *
   * <p>A builder is mutable and not thread-safe: use it from one thread at a time.
   */
  public static final class Builder {
    private Boolean enabled;
    private String viewTypeAsString;

    private Builder() {}

    private Builder(StreamSpecification original) {
      this.enabled = original.enabled;
      this.viewTypeAsString = original.viewTypeAsString;
    }

    /**
     * Sets whether the stream was on.
     *
     * @param enabled the value, or null for absent
     * @return this builder
     */
    public Builder enabled(Boolean enabled) {
      this.enabled = enabled;
      return this;
    }

    /**
     * Sets what the stream records about a changed item as the string the service sends, which may
     * be one this version does not know.
     *
     * @param viewTypeAsString the wire string, or null for absent
     * @return this builder
     * @see #viewType(StreamViewType)
     */
    public Builder viewTypeAsString(String viewTypeAsString) {
      this.viewTypeAsString = viewTypeAsString;
      return this;
    }

    /**
     * Sets what the stream records about a changed item as a constant; the same as {@code
     * viewTypeAsString(value.value())}.
     *
     * @param value the constant, or null for absent
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is {@link StreamViewType#UNKNOWN}, which
     *     has no wire string; set such a value with {@link #viewTypeAsString(String)}
     */
    public Builder viewType(StreamViewType value) {
      this.viewTypeAsString = value == null ? null
          : ModelValues.requireWireValue("viewType", value.value());
      return this;
    }

    /**
     * Builds the specification. No field is required: what was not set is absent.
     *
     * @return a new immutable specification
     */
    public StreamSpecification build() {
      return new StreamSpecification(this);
    }
  }
}
