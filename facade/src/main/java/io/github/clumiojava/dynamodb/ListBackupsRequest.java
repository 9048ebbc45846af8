package io.github.clumiojava.dynamodb;

import io.github.clumiojava.internal.Inputs;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What to list with {@link DynamoDbBackupClient#listBackups(ListBackupsRequest)}: which backups
 * (a table, a window of start times, a type), in which order, and how many per page.
 *
 * <pre>{@code
 * ListBackupsRequest request = ListBackupsRequest.builder()
 *     .tableId("a1b2c3")
 *     .startedAfter(Instant.now().minus(Duration.ofDays(7)))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. Every setting is optional: with none, every backup the token may
 * see is listed, newest first, 100 per page. Equality is by value; {@link #toBuilder()} starts a
 * changed copy.
 */
public final class ListBackupsRequest {
  private static final Instant EARLIEST = Instant.parse("0000-01-02T00:00:00Z");
  private static final Instant LATEST = Instant.parse("9999-12-30T23:59:59Z");

  /** The most backups a page holds, and the default page size. */
  public static final int MAX_PAGE_SIZE = 100;

  private final String tableId;
  private final Instant startedAfter;
  private final Instant startedAtOrBefore;
  private final BackupType type;
  private final int pageSize;
  private final boolean oldestFirst;

  private ListBackupsRequest(Builder builder) {
    this.tableId = builder.tableId;
    this.startedAfter = builder.startedAfter;
    this.startedAtOrBefore = builder.startedAtOrBefore;
    this.type = builder.type;
    this.pageSize = builder.pageSize;
    this.oldestFirst = builder.oldestFirst;
  }

  /**
   * Returns a builder with every setting at its default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a new builder that holds this request's settings. Changing the builder does not change
   * this request.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Returns the table whose backups are listed.
   *
   * @return the Clumio table id, or empty for every table
   */
  public Optional<String> tableId() {
    return Optional.ofNullable(tableId);
  }

  /**
   * Returns the instant the listed backups started strictly after.
   *
   * @return the lower bound (exclusive), or empty for none
   */
  public Optional<Instant> startedAfter() {
    return Optional.ofNullable(startedAfter);
  }

  /**
   * Returns the instant the listed backups started at or before.
   *
   * @return the upper bound (inclusive), or empty for none
   */
  public Optional<Instant> startedAtOrBefore() {
    return Optional.ofNullable(startedAtOrBefore);
  }

  /**
   * Returns the type of the listed backups.
   *
   * @return the type, or empty for every type
   */
  public Optional<BackupType> type() {
    return Optional.ofNullable(type);
  }

  /**
   * Returns how many backups a page holds.
   *
   * @return 1 to {@value #MAX_PAGE_SIZE}
   */
  public int pageSize() {
    return pageSize;
  }

  /**
   * Returns whether the oldest backups come first.
   *
   * @return true for oldest first, false for newest first (the default)
   */
  public boolean isOldestFirst() {
    return oldestFirst;
  }

  /**
   * Returns whether {@code other} is a {@code ListBackupsRequest} with equal settings.
   *
   * @param other the object to compare with, or null
   * @return true if every setting is equal
   */
  @Override
  public boolean equals(Object other) {
    return other == this || other instanceof ListBackupsRequest that
        && Objects.equals(tableId, that.tableId)
        && Objects.equals(startedAfter, that.startedAfter)
        && Objects.equals(startedAtOrBefore, that.startedAtOrBefore)
        && type == that.type
        && pageSize == that.pageSize
        && oldestFirst == that.oldestFirst;
  }

  /**
   * Returns a hash code computed from every setting.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(tableId, startedAfter, startedAtOrBefore, type, pageSize, oldestFirst);
  }

  /**
   * Returns every setting, in the form {@code ListBackupsRequest[tableId=..., ...]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "ListBackupsRequest[tableId=" + tableId + ", startedAfter=" + startedAfter + ", startedAtOrBefore="
        + startedAtOrBefore + ", type=" + type + ", pageSize=" + pageSize + ", "
        + (oldestFirst ? "oldest" : "newest") + " first]";
  }

  /**
   * Builds a {@link ListBackupsRequest}. Each setting is checked when it is set, so a bad value
   * fails here, before any request. A builder is mutable and not thread-safe: use it from one
   * thread at a time.
   */
  public static final class Builder {
    private String tableId;
    private Instant startedAfter;
    private Instant startedAtOrBefore;
    private BackupType type;
    private int pageSize = MAX_PAGE_SIZE;
    private boolean oldestFirst;

    private Builder() {}

    private Builder(ListBackupsRequest request) {
      this.tableId = request.tableId;
      this.startedAfter = request.startedAfter;
      this.startedAtOrBefore = request.startedAtOrBefore;
      this.type = request.type;
      this.pageSize = request.pageSize;
      this.oldestFirst = request.oldestFirst;
    }

    /**
     * Lists only the backups of this table (the filter {@code table_id $eq}).
     *
     * @param tableId the Clumio table id (not the DynamoDB table name)
     * @return this builder
     * @throws NullPointerException if {@code tableId} is null
     * @throws IllegalArgumentException if {@code tableId} is blank, or holds a control character or
     *     an unpaired surrogate (which could not be sent as it is)
     */
    public Builder tableId(String tableId) {
      this.tableId = Inputs.requireSendableText("tableId", tableId);
      return this;
    }

    /**
     * Lists only the backups that started strictly after this instant (the filter {@code
     * start_timestamp $gt}).
     *
     * @param instant the exclusive lower bound
     * @return this builder
     * @throws NullPointerException if {@code instant} is null
     * @throws IllegalArgumentException if it is not before a {@link #startedAtOrBefore} already set,
     *     or lies outside the years 0000 to 9999; the builder then keeps its previous value
     */
    public Builder startedAfter(Instant instant) {
      checkWindow(requireRfc3339Year("startedAfter", instant), startedAtOrBefore);
      this.startedAfter = instant;
      return this;
    }

    /**
     * Lists only the backups that started at or before this instant (the filter {@code
     * start_timestamp $lte}).
     *
     * @param instant the inclusive upper bound
     * @return this builder
     * @throws NullPointerException if {@code instant} is null
     * @throws IllegalArgumentException if it is not after a {@link #startedAfter} already set, or
     *     lies outside the years 0000 to 9999; the builder then keeps its previous value
     */
    public Builder startedAtOrBefore(Instant instant) {
      checkWindow(startedAfter, requireRfc3339Year("startedAtOrBefore", instant));
      this.startedAtOrBefore = instant;
      return this;
    }

    /**
     * Lists only backups of this type (the filter {@code type $all}).
     *
     * @param type {@link BackupType#CLUMIO_BACKUP} or {@link BackupType#AWS_SNAPSHOT}
     * @return this builder
     * @throws NullPointerException if {@code type} is null
     * @throws IllegalArgumentException if {@code type} is {@link BackupType#UNKNOWN}
     */
    public Builder type(BackupType type) {
      Objects.requireNonNull(type, "type must not be null");
      if (type == BackupType.UNKNOWN) {
        throw new IllegalArgumentException("type must be a known backup type, not UNKNOWN");
      }
      this.type = type;
      return this;
    }

    /**
     * Sets how many backups a page holds, that is how many each request fetches. Default:
     * {@value #MAX_PAGE_SIZE}.
     *
     * @param pageSize 1 to {@value #MAX_PAGE_SIZE}
     * @return this builder
     * @throws IllegalArgumentException if {@code pageSize} is out of that range
     */
    public Builder pageSize(int pageSize) {
      if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
        throw new IllegalArgumentException("pageSize must be from 1 to " + MAX_PAGE_SIZE + ", not " + pageSize);
      }
      this.pageSize = pageSize;
      return this;
    }

    /**
     * Lists the oldest backups first. Default: newest first.
     *
     * @return this builder
     */
    public Builder oldestFirst() {
      this.oldestFirst = true;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     */
    public ListBackupsRequest build() {
      return new ListBackupsRequest(this);
    }

    private static void checkWindow(Instant after, Instant atOrBefore) {
      if (after != null && atOrBefore != null && !after.isBefore(atOrBefore)) {
        throw new IllegalArgumentException("the window's start must be before its end: startedAfter "
            + after + " is not before startedAtOrBefore " + atOrBefore);
      }
    }

    /** RFC 3339 has four-digit years; a day of slack keeps the filter's one second inside them. */
    private static Instant requireRfc3339Year(String setting, Instant instant) {
      Objects.requireNonNull(instant, setting + " must not be null");
      if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
        throw new IllegalArgumentException(setting + " must be between " + EARLIEST + " and " + LATEST
            + " (a time RFC 3339 can write), not " + instant);
      }
      return instant;
    }
  }
}
