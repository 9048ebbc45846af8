package io.github.clumiojava.testkit.internal;

import com.google.gson.JsonObject;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import java.time.Instant;

/**
 * A backup the fake holds, with the JSON it answers for it (written once, when it is added).
 *
 * @param backup the backup as the test gave it
 * @param json its JSON object; never changed after creation
 */
record StoredBackup(DynamoDbTableBackup backup, JsonObject json) {
  static StoredBackup of(DynamoDbTableBackup backup) {
    return new StoredBackup(backup, WireJson.backup(backup));
  }

  /** When the backup started, or null if unknown. */
  Instant started() {
    return backup.startTimestamp().orElse(null);
  }
}
