package io.github.clumiojava.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code clumio-backup get}, run in-process against the sandbox and against a stub server. */
class GetCommandTest extends CliServers {
  private static CliRun get(String... args) {
    String[] full = new String[args.length + 3];
    full[0] = "get";
    System.arraycopy(args, 0, full, 1, args.length);
    full[args.length + 1] = "--base-url";
    full[args.length + 2] = sandbox.baseUrl();
    return CliRun.run(ENV, full);
  }

  private static CliRun getFromStub(String... args) {
    String[] full = new String[args.length + 5];
    full[0] = "get";
    System.arraycopy(args, 0, full, 1, args.length);
    full[args.length + 1] = "--base-url";
    full[args.length + 2] = stub.baseUrl();
    full[args.length + 3] = "--max-attempts";
    full[args.length + 4] = "1";
    return CliRun.run(ENV, full);
  }

  private static void stubStatus(int status, String contentType, String body) {
    stubAnswer("/backups/aws/dynamodb-tables/.*", status, contentType, body);
  }

  @Test
  void humanOutputOfAnActiveBackupShowsWhatWasBackedUpAndWhenItExpires() {
    CliRun run = get(Sandbox.ACTIVE);

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("Table                 orders (5d2c0e7a-9f1b-4c3d-8e6f-0a1b2c3d4e5f)")
        .contains("Backup                sandbox-orders-active (clumio_backup)")
        .contains("AWS account           123456789012")
        .contains("AWS region            us-west-2")
        .containsPattern("Expires +\\d{4}-\\d\\d-\\d\\dT[0-9:]+Z \\(in 12 days\\)")
        .contains("Size                  12.5 GiB (13,421,772,800 bytes)")
        .contains("Items                 48,213,377")
        .contains("Billing mode          PROVISIONED (400 read, 100 write capacity units)")
        .contains("PITR                  enabled")
        .contains("Streams               enabled (NEW_AND_OLD_IMAGES)")
        .contains("by-customer keys customer_id (HASH), created_at (RANGE); projection INCLUDE (status, total)")
        .contains("eu-west-1 STANDARD (200 read capacity units)")
        .contains("team = payments")
        .doesNotContain("null");
  }

  @Test
  void humanOutputOfAnExpiredBackupSaysHowLongAgo() {
    CliRun run = get(Sandbox.EXPIRED);

    assertThat(run.status()).isZero();
    assertThat(run.out()).containsPattern("Expires .*\\(expired 3 days ago\\)")
        .contains("Billing mode          PAY_PER_REQUEST")
        .contains("PITR                  disabled")
        .doesNotContain("Global secondary indexes").doesNotContain("Replicas");
  }

  @Test
  void failIfExpiredExitsWithEightAndStillPrintsTheBackup() {
    CliRun run = get(Sandbox.EXPIRED, "--fail-if-expired");

    assertThat(run.status()).isEqualTo(8);
    assertThat(run.out()).contains("sessions");
  }

  @Test
  void failIfExpiredExitsWithZeroForAnActiveBackup() {
    assertThat(get(Sandbox.ACTIVE, "--fail-if-expired").status()).isZero();
  }

  @Test
  void valuesNewerThanTheToolAreShownAsSent() {
    CliRun run = get(Sandbox.NEWER);

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Billing mode          ON_DEMAND_FLEX")
        .contains("Table class           STANDARD_ARCHIVE")
        .contains("Expires               never (no expiration timestamp)")
        .contains("Fields newer than this tool")
        .contains("restore_tier = \"fast\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {Sandbox.ACTIVE, Sandbox.EXPIRED, Sandbox.NEWER})
  void jsonOutputRoundTripsToTheSameValuesTheLibraryReturned(String backupId) throws Exception {
    String apiBody = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(sandbox.baseUrl() + "/backups/aws/dynamodb-tables/" + backupId))
        .header("Authorization", "Bearer x").build(), HttpResponse.BodyHandlers.ofString()).body();
    stubStatus(200, MEDIA_TYPE, apiBody);
    DynamoDbTableBackup fromApi = readWithLibrary(backupId);

    CliRun run = getFromStub(backupId, "--output", "json");
    stubStatus(200, MEDIA_TYPE, run.out());
    DynamoDbTableBackup fromCliJson = readWithLibrary(backupId);

    assertThat(run.status()).isZero();
    assertThat(fromCliJson).isEqualTo(fromApi);
  }

  @Test
  void jsonOutputUsesTheApisFieldNamesAndRfc3339Dates() {
    CliRun run = get(Sandbox.ACTIVE, "-o", "json");

    assertThat(run.out()).contains("\"table_name\": \"orders\"").contains("\"size\": 13421772800")
        .contains("\"_links\"").containsPattern("\"expiration_timestamp\": \"\\d{4}-\\d\\d-\\d\\dT[0-9:]+Z\"")
        .doesNotContain("null");
  }

  private static DynamoDbTableBackup readWithLibrary(String backupId) {
    try (DynamoDbBackupClient client = DynamoDbBackupClient.builder().baseUrl(stub.baseUrl()).apiToken(TOKEN).build()) {
      return client.getBackup(backupId);
    }
  }

  @ParameterizedTest(name = "HTTP {0} -> exit {1}")
  @CsvSource({"404, 3", "401, 4", "403, 4", "500, 5", "503, 5", "429, 5", "409, 1", "400, 1"})
  void httpErrorsMapToTheirExitStatusWithTwoPlainLines(int httpStatus, int exitStatus) {
    stubStatus(httpStatus, "application/json", "{\"errors\":[{\"error_code\":7,\"error_message\":\"nope\"}]}");

    CliRun run = getFromStub("b-1");

    assertThat(run.status()).isEqualTo(exitStatus);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("error: ").contains("nope").contains("(HTTP status " + httpStatus + ")")
        .doesNotContain("\tat ");
    assertThat(run.err().lines()).hasSize(2);
  }

  @Test
  void notFoundInTheSandboxExitsWithThree() {
    CliRun run = CliRun.run(Map.of(), "get", "no-such-backup", "--sandbox");

    assertThat(run.status()).isEqualTo(3);
    assertThat(run.err()).contains("HTTP 404");
  }

  @Test
  void anUnreadableAnswerExitsWithSix() {
    stubStatus(200, MEDIA_TYPE, "{\"id\": \"b-1\", \"tab");

    CliRun run = getFromStub("b-1");

    assertThat(run.status()).isEqualTo(6);
    assertThat(run.err()).contains("not a readable backup");
  }

  @Test
  void aTransportFailureExitsWithFive() {
    CliRun run = CliRun.run(ENV, "get", "b-1", "--base-url", "http://127.0.0.1:1", "--max-attempts", "1");

    assertThat(run.status()).isEqualTo(5);
    assertThat(run.err()).startsWith("error: ").contains("failed");
  }

  @Test
  void verboseShowsRetriesAndTheStackTraceOnStderr() {
    stubStatus(503, "application/json", "{\"errors\":[]}");

    CliRun run = CliRun.run(ENV, "get", "b-1", "--base-url", stub.baseUrl(), "--max-attempts", "2", "--verbose");

    assertThat(run.status()).isEqualTo(5);
    assertThat(run.err()).contains("retry 1 after").contains("waiting").contains("\tat ");
  }

  @Test
  void missingTokenIsAUsageErrorNamingWhereTheTokenComesFrom() {
    CliRun run = CliRun.run(Map.of(), "get", "b-1");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("CLUMIO_API_TOKEN").contains("--token-file");
  }

  @Test
  void theTokenIsReadFromTokenFile(@TempDir Path dir) throws Exception {
    stubStatus(200, MEDIA_TYPE, "{\"id\":\"b-1\"}");
    Path file = Files.writeString(dir.resolve("token"), "from-file-token\n");

    CliRun run = CliRun.run(Map.of(), "get", "b-1", "--base-url", stub.baseUrl(), "--token-file", file.toString());

    assertThat(run.status()).isZero();
    stub.verify(WireMock.getRequestedFor(WireMock.anyUrl()).withHeader("Authorization", WireMock.equalTo("Bearer from-file-token")));
  }

  @Test
  void thereIsNoOptionThatPutsTheTokenOnTheCommandLine() {
    CliRun run = CliRun.run(Map.of(), "get", "b-1", "--token", "abc");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("unknown option --token; did you mean --token-file?").doesNotContain("abc");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "a\nb", ".."})
  void anInvalidBackupIdIsAUsageError(String backupId) {
    CliRun run = CliRun.run(ENV, "get", backupId, "--base-url", stub.baseUrl());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("backupId");
    assertThat(stub.getAllServeEvents()).isEmpty();
  }

  @Test
  void anUnknownRegionIsAUsageError() {
    CliRun run = CliRun.run(ENV, "get", "b-1", "--region", "mars-1");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("unknown --region 'mars-1'");
  }

  @Test
  void theTokenIsNeverPrintedNotEvenVerbose() {
    stubStatus(401, "application/json", "{\"errors\":[{\"error_code\":1,\"error_message\":\"bad token\"}]}");

    CliRun run = CliRun.run(ENV, "get", "b-1", "--base-url", stub.baseUrl(), "--verbose");

    assertThat(run.status()).isEqualTo(4);
    assertThat(run.out() + run.err()).doesNotContain(TOKEN);
  }

  @Test
  void helpListsTheCommandsAndTheExitStatuses() {
    CliRun run = CliRun.run(Map.of(), "--help");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("get").contains("sandbox").contains("Exit status:")
        .contains("8   The backup has expired");
  }

  @Test
  void getHelpListsEveryOption() {
    CliRun run = CliRun.run(Map.of(), "get", "--help");

    assertThat(run.out()).contains("--output", "--fail-if-expired", "--region", "--base-url", "--org-unit",
        "--connect-timeout", "--timeout", "--max-attempts", "--token-file", "--sandbox", "--verbose", "Exit status:");
  }
}
