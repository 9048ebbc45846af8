package io.github.clumiojava.dynamodb;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * The HAL links of a backup.
 *
 * <p>Immutable and thread-safe. Create one with {@link #builder()}; change a copy with {@link
 * #toBuilder()}. Equality is by value: two instances are equal when every field is.
 */
public final class BackupLinks {
  /** Links of a backup that carried none: every link absent. */
  public static final BackupLinks NONE = builder().build();

  private final Link self;
  private final Link restoreTable;
  private final Link restoreRecords;

  private BackupLinks(Builder builder) {
    this.self = builder.self;
    this.restoreTable = builder.restoreTable;
    this.restoreRecords = builder.restoreRecords;
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
   * Returns a new builder that holds the values of this set of links. Changing the builder does not
   * change this set of links.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Returns the link to the backup itself.
   *
   * @return the link, or null if absent
   */
  public Link self() {
    return self;
  }

  /**
   * Returns the operation that restores the backup as a table.
   *
   * @return the link, or null if absent
   */
  public Link restoreTable() {
    return restoreTable;
  }

  /**
   * Returns the operation that restores records from the backup.
   *
   * @return the link, or null if absent
   */
  public Link restoreRecords() {
    return restoreRecords;
  }

  /**
   * Returns whether {@code other} is a {@code BackupLinks} with equal values in every field.
   *
   * @param other the object to compare with, or null
   * @return true if every field is equal
   */
  @Override
  public boolean equals(Object other) {
    return other == this || other instanceof BackupLinks that
        && Objects.equals(self, that.self)
        && Objects.equals(restoreTable, that.restoreTable)
        && Objects.equals(restoreRecords, that.restoreRecords);
  }

  /**
   * Returns a hash code computed from every field.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(self, restoreTable, restoreRecords);
  }

  /**
   * Returns every field by name, in the form {@code BackupLinks[name=value, ...]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "BackupLinks[self=" + self
        + ", restoreTable=" + restoreTable
        + ", restoreRecords=" + restoreRecords
        + "]";
  }

  /**
   * Builds a {@link BackupLinks}. Setters are named like the accessors; each takes null as absent,
   * and a later call replaces an earlier one.
   *
   * <p>A builder is mutable and not thread-safe: use it from one thread at a time.
   */
  public static final class Builder {
    private Link self;
    private Link restoreTable;
    private Link restoreRecords;

    private Builder() {}

    private Builder(BackupLinks original) {
      this.self = original.self;
      this.restoreTable = original.restoreTable;
      this.restoreRecords = original.restoreRecords;
    }

    /**
     * Sets the link to the backup itself.
     *
     * @param self the value, or null for absent
     * @return this builder
     */
    public Builder self(Link self) {
      this.self = self;
      return this;
    }

    /**
     * Sets the link to the backup itself to one built on a new {@link Link.Builder}, as in {@code
     * self(Link.builder()...build())}.
     *
     * @param fill fills the new builder
     * @return this builder
     * @throws NullPointerException if {@code fill} is null
     */
    public Builder self(Consumer<Link.Builder> fill) {
      Link.Builder builder = Link.builder();
      fill.accept(builder);
      return self(builder.build());
    }

    /**
     * Sets the operation that restores the backup as a table.
     *
     * @param restoreTable the value, or null for absent
     * @return this builder
     */
    public Builder restoreTable(Link restoreTable) {
      this.restoreTable = restoreTable;
      return this;
    }

    /**
     * Sets the operation that restores the backup as a table to one built on a new {@link
     * Link.Builder}, as in {@code restoreTable(Link.builder()...build())}.
     *
     * @param fill fills the new builder
     * @return this builder
     * @throws NullPointerException if {@code fill} is null
     */
    public Builder restoreTable(Consumer<Link.Builder> fill) {
      Link.Builder builder = Link.builder();
      fill.accept(builder);
      return restoreTable(builder.build());
    }

    /**
     * Sets the operation that restores records from the backup.
     *
     * @param restoreRecords the value, or null for absent
     * @return this builder
     */
    public Builder restoreRecords(Link restoreRecords) {
      this.restoreRecords = restoreRecords;
      return this;
    }

    /**
     * Sets the operation that restores records from the backup to one built on a new {@link
     * Link.Builder}, as in {@code restoreRecords(Link.builder()...build())}.
     *
     * @param fill fills the new builder
     * @return this builder
     * @throws NullPointerException if {@code fill} is null
     */
    public Builder restoreRecords(Consumer<Link.Builder> fill) {
      Link.Builder builder = Link.builder();
      fill.accept(builder);
      return restoreRecords(builder.build());
    }

    /**
     * Builds the set of links. No field is required: what was not set is absent.
     *
     * @return a new immutable set of links
     */
    public BackupLinks build() {
      return new BackupLinks(this);
    }
  }
}
