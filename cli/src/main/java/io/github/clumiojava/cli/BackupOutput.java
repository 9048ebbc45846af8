package io.github.clumiojava.cli;

import io.github.clumiojava.dynamodb.DynamoDbTableBackup;

/** How {@code get} and {@code latest} print one backup: {@code -o human} or {@code -o json}. */
enum BackupOutput {
  /** One labelled line per fact, for people ({@link BackupText}). */
  human,
  /** The API's field names, dates in RFC 3339, pretty-printed ({@link BackupJson}). */
  json;

  /** Prints the backup to the context's standard output. */
  void print(DynamoDbTableBackup backup, CliContext context) {
    context.out().print(this == json
        ? BackupJson.toJson(backup) + System.lineSeparator()
        : BackupText.toText(backup, context.clock()));
    context.out().flush();
  }
}
