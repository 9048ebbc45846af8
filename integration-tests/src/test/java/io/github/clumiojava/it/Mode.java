package io.github.clumiojava.it;

import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import java.util.concurrent.CompletionException;

/** The two ways to make a call; resilience scenarios run through both. */
enum Mode {
  SYNC {
    @Override
    DynamoDbTableBackup get(DynamoDbBackupClient client, String backupId) {
      return client.getBackup(backupId);
    }
  },
  ASYNC {
    @Override
    DynamoDbTableBackup get(DynamoDbBackupClient client, String backupId) {
      try {
        return client.getBackupAsync(backupId).join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException cause) {
          throw cause;
        }
        throw e;
      }
    }
  };

  /** Reads a backup, throwing what the call failed with. */
  abstract DynamoDbTableBackup get(DynamoDbBackupClient client, String backupId);
}
