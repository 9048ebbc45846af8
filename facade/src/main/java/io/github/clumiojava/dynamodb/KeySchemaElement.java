package io.github.clumiojava.dynamodb;

import io.github.clumiojava.internal.ModelValues;
import java.util.Objects;

/**
 * One attribute of a key and the role it plays in it.
 *
 * <p>Immutable and thread-safe. Create one with {@link #builder()}; change a copy with {@link
 * #toBuilder()}. Equality is by value: two instances are equal when every field is.
 */
public final class KeySchemaElement {
  private final String attributeName;
  private final String keyTypeAsString;

  private KeySchemaElement(Builder builder) {
    this.attributeName = builder.attributeName;
    this.keyTypeAsString = builder.keyTypeAsString;
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
   * Returns a new builder that holds the values of this key schema element. Changing the builder
   * does not change this key schema element.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Returns the attribute's name.
   *
   * @return the name, or null if absent
   */
  public String attributeName() {
    return attributeName;
  }

  /**
   * Returns the role of the attribute.
   *
   * @return the value exactly as the service sent it, or null if absent; see {@link #keyType()}
   */
  public String keyTypeAsString() {
    return keyTypeAsString;
  }

  /**
   * Returns the role of the attribute.
   *
   * @return {@link KeyType#HASH} (partition key), {@link KeyType#RANGE} (sort key), {@link
   *     KeyType#UNKNOWN} for a value this version does not know, or null if absent
   */
  public KeyType keyType() {
    return KeyType.fromValue(keyTypeAsString);
  }

  /**
   * Returns whether {@code other} is a {@code KeySchemaElement} with equal values in every field.
   *
   * @param other the object to compare with, or null
   * @return true if every field is equal
   */
  @Override
  public boolean equals(Object other) {
    return other == this || other instanceof KeySchemaElement that
        && Objects.equals(attributeName, that.attributeName)
        && Objects.equals(keyTypeAsString, that.keyTypeAsString);
  }

  /**
   * Returns a hash code computed from every field.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(attributeName, keyTypeAsString);
  }

  /**
   * Returns every field by name, in the form {@code KeySchemaElement[name=value, ...]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "KeySchemaElement[attributeName=" + attributeName
        + ", keyTypeAsString=" + keyTypeAsString
        + "]";
  }

  /**
   * Builds a {@link KeySchemaElement}. Setters are named like the accessors; each takes null as
   * absent, and a later call replaces an earlier one.
   *
   * <p>A builder is mutable and not thread-safe: use it from one thread at a time.
   */
  public static final class Builder {
    private String attributeName;
    private String keyTypeAsString;

    private Builder() {}

    private Builder(KeySchemaElement original) {
      this.attributeName = original.attributeName;
      this.keyTypeAsString = original.keyTypeAsString;
    }

    /**
     * Sets the attribute's name.
     *
     * @param attributeName the value, or null for absent
     * @return this builder
     */
    public Builder attributeName(String attributeName) {
      this.attributeName = attributeName;
      return this;
    }

    /**
     * Sets the role of the attribute as the string the service sends, which may be one this version
     * does not know.
     *
     * @param keyTypeAsString the wire string, or null for absent
     * @return this builder
     * @see #keyType(KeyType)
     */
    public Builder keyTypeAsString(String keyTypeAsString) {
      this.keyTypeAsString = keyTypeAsString;
      return this;
    }

    /**
     * Sets the role of the attribute as a constant; the same as {@code
     * keyTypeAsString(value.value())}.
     *
     * @param value the constant, or null for absent
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is {@link KeyType#UNKNOWN}, which has no
     *     wire string; set such a value with {@link #keyTypeAsString(String)}
     */
    public Builder keyType(KeyType value) {
      this.keyTypeAsString = value == null ? null
          : ModelValues.requireWireValue("keyType", value.value());
      return this;
    }

    /**
     * Builds the key schema element. No field is required: what was not set is absent.
     *
     * @return a new immutable key schema element
     */
    public KeySchemaElement build() {
      return new KeySchemaElement(this);
    }
  }
}
