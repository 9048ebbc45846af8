package io.github.clumiojava.dynamodb;

/**
 * The HAL links of a backup.
 *
 * @param self the link to the backup itself, or null if absent
 * @param restoreTable the operation that restores the backup as a table, or null if absent
 * @param restoreRecords the operation that restores records from the backup, or null if absent
 */
public record BackupLinks(Link self, Link restoreTable, Link restoreRecords) {
  /** Links of a backup that carried none. */
  public static final BackupLinks NONE = new BackupLinks(null, null, null);
}
