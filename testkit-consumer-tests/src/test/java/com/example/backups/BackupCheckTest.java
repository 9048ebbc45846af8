package com.example.backups;

// readme-testkit:begin
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.clumiojava.ClumioAuthenticationException;
import io.github.clumiojava.ClumioThrottledException;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.testkit.FakeClumio;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BackupCheckTest {
  @RegisterExtension
  static FakeClumio clumio = FakeClumio.create(); // started once, reset before each test

  @Test
  void anExpiredBackupCannotBeRestored() {
    clumio.addBackup(FakeClumio.sampleBackup("b-expired")
        .expirationTimestamp(Instant.now().minus(Duration.ofDays(1)))
        .build());

    try (DynamoDbBackupClient client = clumio.clientBuilder().build()) {
      assertTrue(client.getBackup("b-expired").isExpired());
    }
  }

  @Test
  void aThrottledCallIsRetriedUntilItsAttemptsAreSpent() {
    clumio.addBackup(FakeClumio.sampleBackup("b-1").build());
    clumio.throttleNextRequests(3, Duration.ZERO); // 429 with Retry-After: 0

    try (DynamoDbBackupClient client = clumio.clientBuilder().maxAttempts(3).build()) {
      ClumioThrottledException e = assertThrows(ClumioThrottledException.class, () -> client.getBackup("b-1"));
      assertEquals(3, e.attempts());
      assertEquals("orders", client.getBackup("b-1").tableName()); // the fourth request is answered
    }
    assertEquals(4, clumio.requests().size());
  }

  @Test
  void aRefusedTokenIsAnAuthenticationFailure() {
    try (DynamoDbBackupClient client = clumio.clientBuilder().apiToken("a-revoked-token").build()) {
      assertThrows(ClumioAuthenticationException.class, () -> client.getBackup("b-1"));
    }
  }
}
// readme-testkit:end
