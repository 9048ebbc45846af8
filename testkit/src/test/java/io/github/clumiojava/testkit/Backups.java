package io.github.clumiojava.testkit;

import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import io.github.clumiojava.internal.BackupMapper;
import io.github.clumiojava.internal.JsonCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Backups for the tests, read as the client reads them. */
final class Backups {
  private static final JsonCodec CODEC = new JsonCodec();

  private Backups() {}

  /** A backup read from its JSON, as the client would read it. */
  static DynamoDbTableBackup fromJson(String json) {
    try {
      JsonCodec.ParsedBackup parsed = CODEC.readBackup(json.getBytes(StandardCharsets.UTF_8));
      return BackupMapper.toBackup(parsed.dto(), parsed.unknownFields());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A backup of a test resource under /backups. */
  static DynamoDbTableBackup resource(String name) {
    try (InputStream in = Backups.class.getResourceAsStream("/backups/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource /backups/" + name);
      }
      return fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A backup with only what the list sorts and filters by. */
  static DynamoDbTableBackup listed(String id, String tableId, Instant started, Instant expires, String type) {
    return DynamoDbTableBackup.builder().id(id).tableId(tableId).typeAsString(type).startTimestamp(started)
        .expirationTimestamp(expires).build();
  }
}
