package io.github.clumiojava.dynamodb;

import java.util.Objects;

/**
 * A HAL link from a resource to a related resource or operation.
 *
 * <p>Immutable and thread-safe. Create one with {@link #builder()}; change a copy with {@link
 * #toBuilder()}. Equality is by value: two instances are equal when every field is.
 */
public final class Link {
  private final String href;
  private final Boolean templated;
  private final String type;

  private Link(Builder builder) {
    this.href = builder.href;
    this.templated = builder.templated;
    this.type = builder.type;
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
   * Returns a new builder that holds the values of this link. Changing the builder does not change
   * this link.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Returns the target of the link.
   *
   * @return a URI, or a URI template when {@link #templated()} is true; null if absent
   */
  public String href() {
    return href;
  }

  /**
   * Returns whether the target is a URI template.
   *
   * @return whether {@link #href()} is a URI template, or null if absent
   */
  public Boolean templated() {
    return templated;
  }

  /**
   * Returns the HTTP method to use with the target.
   *
   * @return the method, such as {@code get}, or null if absent
   */
  public String type() {
    return type;
  }

  /**
   * Returns whether {@code other} is a {@code Link} with equal values in every field.
   *
   * @param other the object to compare with, or null
   * @return true if every field is equal
   */
  @Override
  public boolean equals(Object other) {
    return other == this || other instanceof Link that
        && Objects.equals(href, that.href)
        && Objects.equals(templated, that.templated)
        && Objects.equals(type, that.type);
  }

  /**
   * Returns a hash code computed from every field.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(href, templated, type);
  }

  /**
   * Returns every field by name, in the form {@code Link[name=value, ...]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Link[href=" + href
        + ", templated=" + templated
        + ", type=" + type
        + "]";
  }

  /**
   * Builds a {@link Link}. Setters are named like the accessors; each takes null as absent, and a
   * later call replaces an earlier one.
   *
   * <p>A builder is mutable and not thread-safe: use it from one thread at a time.
   */
  public static final class Builder {
    private String href;
    private Boolean templated;
    private String type;

    private Builder() {}

    private Builder(Link original) {
      this.href = original.href;
      this.templated = original.templated;
      this.type = original.type;
    }

    /**
     * Sets the target of the link.
     *
     * @param href the value, or null for absent
     * @return this builder
     */
    public Builder href(String href) {
      this.href = href;
      return this;
    }

    /**
     * Sets whether the target is a URI template.
     *
     * @param templated the value, or null for absent
     * @return this builder
     */
    public Builder templated(Boolean templated) {
      this.templated = templated;
      return this;
    }

    /**
     * Sets the HTTP method to use with the target.
     *
     * @param type the value, or null for absent
     * @return this builder
     */
    public Builder type(String type) {
      this.type = type;
      return this;
    }

    /**
     * Builds the link. No field is required: what was not set is absent.
     *
     * @return a new immutable link
     */
    public Link build() {
      return new Link(this);
    }
  }
}
