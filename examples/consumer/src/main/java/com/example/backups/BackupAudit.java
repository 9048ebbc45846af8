package com.example.backups;

import io.github.clumiojava.ClumioNotFoundException;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import org.springframework.stereotype.Service;

/** Says, for a backup id, whether the backup can still be restored. */
@Service
public class BackupAudit {
  private final DynamoDbBackupClient clumio;

  public BackupAudit(DynamoDbBackupClient clumio) {
    this.clumio = clumio;
  }

  /** One line about the backup: its table and until when it can be restored. */
  public String restorability(String backupId) {
    try {
      DynamoDbTableBackup backup = clumio.getBackup(backupId);
      if (backup.isExpired()) {
        return backup.tableName() + ": expired";
      }
      return backup.tableName() + ": restorable until "
          + backup.expirationTimestamp().map(Object::toString).orElse("it is deleted");
    } catch (ClumioNotFoundException e) {
      return backupId + ": no such backup";
    }
  }
}
