package io.github.clumiojava.it;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.clumiojava.ClumioNotFoundException;
import io.github.clumiojava.cli.SandboxBackupList;
import io.github.clumiojava.dynamodb.BackupType;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import io.github.clumiojava.dynamodb.ListBackupsRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CLI sandbox (from the clumio-backup-cli jar) answers as openapi.yaml says: its stubs, and
 * the list operation its {@link SandboxBackupList} serves.
 */
class SandboxConformanceTest {
  private static final String TABLE_ID = "sandbox-invoices";
  private static final String LIST_PATH = "/backups/aws/dynamodb-tables";

  @RegisterExtension
  static WireMockExtension sandbox = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().usingFilesUnderClasspath("sandbox")
          .extensions(SandboxBackupList.load(Clock.systemUTC())))
      .build();

  private static DynamoDbBackupClient client() {
    return DynamoDbBackupClient.builder().baseUrl(sandbox.baseUrl()).apiToken("t").build();
  }

  @Test
  void everySampleBackupAndTheNotFoundAnswerConformToTheSpec() {
    try (DynamoDbBackupClient client = client()) {
      for (String id : List.of("sandbox-orders-active", "sandbox-sessions-expired", "sandbox-events-newer")) {
        assertThat(client.getBackup(id).id()).isEqualTo(id);
      }
      catchThrowableOfType(ClumioNotFoundException.class, () -> client.getBackup("anything-else"));
    }

    assertThat(sandbox.getAllServeEvents()).hasSize(4);
    assertThat(OpenApiConformance.violations(sandbox.getAllServeEvents(), true, "")).isEmpty();
  }

  @Test
  void everyPageOfTheListAndEveryListedBackupConformToTheSpec() {
    try (DynamoDbBackupClient client = client()) {
      List<DynamoDbTableBackup> all = client.listBackups(ListBackupsRequest.builder().tableId(TABLE_ID).build())
          .stream().toList();
      Instant after = all.get(200).startTimestamp().orElseThrow();
      Instant atOrBefore = all.get(20).startTimestamp().orElseThrow();
      List<DynamoDbTableBackup> window = client.listBackups(ListBackupsRequest.builder().tableId(TABLE_ID)
          .startedAfter(after).startedAtOrBefore(atOrBefore).type(BackupType.CLUMIO_BACKUP).oldestFirst().pageSize(30)
          .build()).stream().toList();
      Optional<DynamoDbTableBackup> latest = client.latestRestorableBackup(TABLE_ID);
      List<DynamoDbTableBackup> none = client.listBackups(ListBackupsRequest.builder().tableId("no-such-table").build())
          .stream().toList();
      DynamoDbTableBackup listed = client.getBackup(all.get(0).id());
      catchThrowableOfType(ClumioNotFoundException.class, () -> client.getBackup(TABLE_ID + "-999"));

      assertThat(all).hasSize(251);
      assertThat(window).isNotEmpty().allMatch(backup -> backup.type() == BackupType.CLUMIO_BACKUP);
      assertThat(latest).isPresent();
      assertThat(none).isEmpty();
      assertThat(listed).isEqualTo(all.get(0));
    }

    assertThat(sandbox.getAllServeEvents()).hasSizeGreaterThan(10);
    assertThat(OpenApiConformance.violations(sandbox.getAllServeEvents(), true, "")).isEmpty();
  }

  @Test
  void pagesAskedForByHandConformToTheSpec() throws Exception {
    String filter = URLEncoder.encode("{\"table_id\":{\"$eq\":\"" + TABLE_ID + "\"}}", StandardCharsets.UTF_8);
    for (String query : List.of("", "?limit=1", "?start=3&filter=" + filter, "?start=9&filter=" + filter,
        "?sort=start_timestamp&limit=100&start=2&filter=" + filter)) {
      assertThat(send(LIST_PATH + query).statusCode()).isEqualTo(200);
    }

    assertThat(OpenApiConformance.violations(sandbox.getAllServeEvents(), true, "")).isEmpty();
  }

  @Test
  void theListsRefusalOfAParameterOutsideTheGrammarConformsToTheSpec() throws Exception {
    String badFilter = URLEncoder.encode("{\"size\":{\"$gt\":1}}", StandardCharsets.UTF_8);
    for (String query : List.of("?limit=0", "?limit=101", "?start=0", "?sort=table_name", "?filter=" + badFilter)) {
      assertThat(send(LIST_PATH + query).statusCode()).as(query).isEqualTo(400);
    }

    // Some of these requests break the spec on purpose; the answers must not.
    assertThat(OpenApiConformance.violations(sandbox.getAllServeEvents(), true, ""))
        .allMatch(v -> v.contains("validation.request."));
  }

  private static HttpResponse<String> send(String pathAndQuery) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + pathAndQuery))
        .header("Authorization", "Bearer t").build(), HttpResponse.BodyHandlers.ofString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/backups/aws/dynamodb-tables/sandbox-orders-active", LIST_PATH})
  void aRequestWithoutTokenGetsClumiosMissingTokenAnswer(String path) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(sandbox.baseUrl() + path)).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("359");
    // The request breaks the spec (no token) on purpose; the answer must not.
    assertThat(OpenApiConformance.violations(sandbox.getAllServeEvents(), true, ""))
        .allMatch(v -> v.contains("validation.request.security.missing"));
  }
}
