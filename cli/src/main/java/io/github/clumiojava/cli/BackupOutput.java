package io.github.clumiojava.cli;

import io.github.clumiojava.dynamodb.DynamoDbTableBackup;

/**
 * How {@code get} and {@code latest} print a backup: {@code -o human}, {@code -o json} or {@code
 * -o ndjson}.
 */
enum BackupOutput {
  /** One labelled line per fact, for people ({@link BackupText}); a blank line between backups. */
  human,
  /** The API's field names, dates in RFC 3339, pretty-printed ({@link BackupJson}); one backup only. */
  json,
  /** As {@link #json}, but each backup on one line of its own. */
  ndjson;

  /** Prints the backup to the context's standard output, and flushes. */
  void print(DynamoDbTableBackup backup, CliContext context) {
    context.out().print(switch (this) {
      case human -> BackupText.toText(backup, context.clock());
      case json -> BackupJson.toJson(backup) + System.lineSeparator();
      case ndjson -> BackupJson.toJsonLine(backup) + System.lineSeparator();
    });
    context.out().flush();
  }
}
