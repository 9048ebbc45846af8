package io.github.clumiojava.dynamodb;

import java.util.Objects;

/**
 * An AWS tag the table carried when it was backed up.
 *
 * <p>Immutable and thread-safe. Create one with {@link #builder()}; change a copy with {@link
 * #toBuilder()}. Equality is by value: two instances are equal when every field is.
 */
public final class Tag {
  private final String key;
  private final String value;

  private Tag(Builder builder) {
    this.key = builder.key;
    this.value = builder.value;
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
   * Returns a new builder that holds the values of this tag. Changing the builder does not change
   * this tag.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Returns the tag's key.
   *
   * @return the key, or null if absent
   */
  public String key() {
    return key;
  }

  /**
   * Returns the tag's value.
   *
   * @return the value, or null if absent
   */
  public String value() {
    return value;
  }

  /**
   * Returns whether {@code other} is a {@code Tag} with equal values in every field.
   *
   * @param other the object to compare with, or null
   * @return true if every field is equal
   */
  @Override
  public boolean equals(Object other) {
    return other == this || other instanceof Tag that
        && Objects.equals(key, that.key)
        && Objects.equals(value, that.value);
  }

  /**
   * Returns a hash code computed from every field.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(key, value);
  }

  /**
   * Returns every field by name, in the form {@code Tag[name=value, ...]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Tag[key=" + key
        + ", value=" + value
        + "]";
  }

  /**
   * Builds a {@link Tag}. Setters are named like the accessors; each takes null as absent, and a
   * later call replaces an earlier one.
   *
   * <p>A builder is mutable and not thread-safe: use it from one thread at a time.
   */
  public static final class Builder {
    private String key;
    private String value;

    private Builder() {}

    private Builder(Tag original) {
      this.key = original.key;
      this.value = original.value;
    }

    /**
     * Sets the tag's key.
     *
     * @param key the value, or null for absent
     * @return this builder
     */
    public Builder key(String key) {
      this.key = key;
      return this;
    }

    /**
     * Sets the tag's value.
     *
     * @param value the value, or null for absent
     * @return this builder
     */
    public Builder value(String value) {
      this.value = value;
      return this;
    }

    /**
     * Builds the tag. No field is required: what was not set is absent.
     *
     * @return a new immutable tag
     */
    public Tag build() {
      return new Tag(this);
    }
  }
}
