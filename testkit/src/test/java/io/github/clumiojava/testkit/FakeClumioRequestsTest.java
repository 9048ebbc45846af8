package io.github.clumiojava.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.dynamodb.ListBackupsRequest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The requests the fake records, and what reset forgets. */
class FakeClumioRequestsTest extends FakeClumioTestBase {
  private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

  @Test
  void requestsAreRecordedInArrivalOrderWithMethodPathQueryAndHeaders() {
    clumio.addBackup(Backups.listed("b 1", "t-1", T0, null, "clumio_backup"));

    try (DynamoDbBackupClient client = clumio.clientBuilder().organizationalUnit("ou-7").build()) {
      client.getBackup("b 1");
      client.listBackups(ListBackupsRequest.builder().tableId("t-1").pageSize(5).build()).stream().toList();
    }

    List<RecordedRequest> requests = clumio.requests();
    assertThat(requests).hasSize(2);
    RecordedRequest read = requests.get(0);
    assertThat(read.method()).isEqualTo("GET");
    assertThat(read.path()).isEqualTo("/backups/aws/dynamodb-tables/b%201");
    assertThat(read.queryParameters()).isEmpty();
    assertThat(read.header("x-clumio-organizationalunit-context")).hasValue("ou-7");
    assertThat(read.headers().get("ACCEPT")).containsExactly("application/api.clumio.backup-aws-dynamodb-tables=v1+json");
    RecordedRequest list = requests.get(1);
    assertThat(list.path()).isEqualTo("/backups/aws/dynamodb-tables");
    assertThat(list.queryParameter("limit")).hasValue("5");
    assertThat(list.queryParameter("filter")).hasValue("{\"table_id\":{\"$eq\":\"t-1\"}}");
    assertThat(list.queryParameters()).containsKeys("limit", "start", "sort", "filter");
  }

  @Test
  void theTokenIsRedactedEverywhereARecordedRequestShowsIt() {
    try (DynamoDbBackupClient client = clumio.clientBuilder().maxAttempts(1).build()) {
      client.listBackups(ListBackupsRequest.builder().build()).iterator().hasNext();
    }

    RecordedRequest request = clumio.requests().get(0);
    assertThat(request.header("Authorization")).hasValue("Bearer <redacted>");
    assertThat(request.headers().toString()).doesNotContain(clumio.apiToken());
    assertThat(request.toString()).doesNotContain(clumio.apiToken()).contains("Bearer <redacted>");
  }

  @Test
  @SendsRequestsOutsideTheSpec("another scheme than Bearer")
  void anAuthorizationThatIsNotABearerTokenIsRedactedWhole() {
    Http.get(clumio, "/backups/aws/dynamodb-tables/b-1", "Basic dXNlcjpzZWNyZXQ=");

    assertThat(clumio.requests().get(0).header("authorization")).hasValue("<redacted>");
  }

  @Test
  void requestsThatGetNoAnswerAreRecordedToo() {
    clumio.dropNextConnections(1);

    try (DynamoDbBackupClient client = clumio.clientBuilder().maxAttempts(1).build()) {
      client.listBackups(ListBackupsRequest.builder().build()).iterator().hasNext();
    } catch (RuntimeException expected) {
      // the dropped connection
    }

    assertThat(clumio.requests()).hasSize(1);
  }

  @Test
  void resetForgetsBackupsAndRequests() {
    clumio.addBackup(Backups.listed("b-1", "t-1", T0, null, "clumio_backup"));
    Http.get(clumio, "/backups/aws/dynamodb-tables/b-1");

    clumio.reset();

    assertThat(clumio.requests()).isEmpty();
    assertThat(Http.get(clumio, "/backups/aws/dynamodb-tables/b-1").statusCode()).isEqualTo(404);
  }

  @Test
  void recordedRequestsAreValues() {
    Http.get(clumio, "/backups/aws/dynamodb-tables?limit=3");
    Http.get(clumio, "/backups/aws/dynamodb-tables?limit=3");

    List<RecordedRequest> requests = clumio.requests();

    assertThat(requests.get(0)).isEqualTo(requests.get(1)).hasSameHashCodeAs(requests.get(1));
    assertThat(requests.get(0).toString()).contains("GET /backups/aws/dynamodb-tables").contains("limit=[3]");
  }
}
