package io.github.clumiojava.dynamodb;

import io.github.clumiojava.ClumioException;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of reading one backup id in a bulk read ({@link
 * DynamoDbBackupClient#getBackups(java.util.Collection)}): the backup, or the exception that
 * {@link DynamoDbBackupClient#getBackup(String)} would have thrown for that id.
 *
 * <p>Immutable and thread-safe. Exactly one of {@link #backup()} and {@link #error()} is present.
 * A final class rather than a record, so that it can grow without breaking callers.
 */
public final class BackupResult {
  private final String backupId;
  private final DynamoDbTableBackup backup;
  private final ClumioException error;

  private BackupResult(String backupId, DynamoDbTableBackup backup, ClumioException error) {
    this.backupId = backupId;
    this.backup = backup;
    this.error = error;
  }

  /**
   * A result for an id that was read.
   *
   * @param backupId the id as the caller gave it
   * @param backup the backup
   * @return the result
   * @throws NullPointerException if either argument is null
   */
  public static BackupResult success(String backupId, DynamoDbTableBackup backup) {
    return new BackupResult(Objects.requireNonNull(backupId, "backupId must not be null"),
        Objects.requireNonNull(backup, "backup must not be null"), null);
  }

  /**
   * A result for an id whose read failed.
   *
   * @param backupId the id as the caller gave it
   * @param error why it failed
   * @return the result
   * @throws NullPointerException if either argument is null
   */
  public static BackupResult failure(String backupId, ClumioException error) {
    return new BackupResult(Objects.requireNonNull(backupId, "backupId must not be null"), null,
        Objects.requireNonNull(error, "error must not be null"));
  }

  /**
   * Returns the id this result is for, exactly as it was passed to the bulk read.
   *
   * @return the id; never null
   */
  public String backupId() {
    return backupId;
  }

  /**
   * Returns the backup, when it was read.
   *
   * @return the backup, or empty when the read failed
   */
  public Optional<DynamoDbTableBackup> backup() {
    return Optional.ofNullable(backup);
  }

  /**
   * Returns why the read failed: the exception {@link DynamoDbBackupClient#getBackup(String)}
   * would have thrown for this id ({@link io.github.clumiojava.ClumioNotFoundException} for a
   * backup that does not exist, and so on), with its attempt count and earlier failures.
   *
   * @return the exception, or empty when the backup was read
   */
  public Optional<ClumioException> error() {
    return Optional.ofNullable(error);
  }

  /**
   * Tells whether the backup was read.
   *
   * @return true if {@link #backup()} is present
   */
  public boolean isSuccess() {
    return backup != null;
  }

  /**
   * Compares the id, the backup and the exception (by identity: exceptions have no value
   * equality).
   *
   * @param other another object, or null
   * @return true if {@code other} is a result of the same id with an equal backup or the same
   *     exception
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof BackupResult that && backupId.equals(that.backupId)
        && Objects.equals(backup, that.backup) && error == that.error;
  }

  /**
   * Hashes what {@link #equals} compares.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(backupId, backup, System.identityHashCode(error));
  }

  /**
   * Describes the result: the id, and the exception's type and message for a failure.
   *
   * @return a description; never contains the API token
   */
  @Override
  public String toString() {
    return error == null
        ? "BackupResult[" + backupId + ": read]"
        : "BackupResult[" + backupId + ": " + error.getClass().getSimpleName() + ": " + error.getMessage() + "]";
  }
}
