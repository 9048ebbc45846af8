package consumer;

import io.github.clumiojava.ClumioNotFoundException;
import io.github.clumiojava.ClumioThrottledException;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import io.github.clumiojava.dynamodb.ListBackupsRequest;
import io.github.clumiojava.testkit.FakeClumio;
import java.time.Duration;

/**
 * A module that tests its code with the test kit, as an application's tests would, and prints
 * what it saw: one line per check, read by ModuleBoundaryTest.
 */
public final class Main {
  public static void main(String[] args) {
    try (FakeClumio clumio = FakeClumio.create().start()) {
      clumio.addBackup(FakeClumio.sampleBackup("b-9").tableName("orders").build());
      clumio.addBackup(FakeClumio.sampleBackup("b-8").tableName("orders").build());
      try (DynamoDbBackupClient client = clumio.clientBuilder().maxAttempts(1).build()) {
        System.out.println("fake read: " + client.getBackup("b-9").tableName());
        System.out.println("fake listed: " + client.listBackups(ListBackupsRequest.builder().build()).stream()
            .map(DynamoDbTableBackup::id).sorted().toList());
        try {
          client.getBackup("missing");
        } catch (ClumioNotFoundException e) {
          System.out.println("fake not found: " + e.statusCode());
        }
        clumio.throttleNextRequests(1, Duration.ofSeconds(1));
        try {
          client.getBackup("b-9");
        } catch (ClumioThrottledException e) {
          System.out.println("fake throttled: " + e.statusCode() + " retry after " + e.retryAfter().orElseThrow());
        }
        System.out.println("fake requests: " + clumio.requests().size());
      }
    }
  }
}
