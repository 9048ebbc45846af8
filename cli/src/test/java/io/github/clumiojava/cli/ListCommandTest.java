package io.github.clumiojava.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.google.gson.JsonArray;
import io.github.clumiojava.testkit.RecordedRequest;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code clumio-backup list}, run in-process against the sandbox and against a stub server. */
class ListCommandTest extends CliServers {
  /** Runs {@code list --table-id <the sandbox table> ...} against the sandbox. */
  private static CliRun list(String... args) {
    List<String> full = new ArrayList<>(List.of("list", "--table-id", Sandbox.TABLE_ID));
    full.addAll(List.of(args));
    full.addAll(List.of("--base-url", sandbox.baseUrl()));
    return CliRun.run(ENV, full.toArray(String[]::new));
  }

  /** The list requests the sandbox answered, oldest first. */
  private static List<RecordedRequest> listRequests() {
    return sandbox.requests().stream().filter(r -> r.path().equals(LIST_PATH)).toList();
  }

  /** The filter of a request, parsed. */
  static JsonObject filter(RecordedRequest request) {
    return JsonParser.parseString(request.queryParameter("filter").orElseThrow()).getAsJsonObject();
  }

  private static List<JsonObject> ndjson(CliRun run) {
    return run.out().lines().map(line -> JsonParser.parseString(line).getAsJsonObject()).toList();
  }

  private static Instant started(JsonObject backup) {
    return Instant.parse(backup.get("start_timestamp").getAsString());
  }

  @Test
  void humanOutputIsAHeaderAndOneLinePerBackupOfAllThreePages() {
    CliRun run = list();

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(1 + Sandbox.TABLE_BACKUPS);
    assertThat(lines.get(0)).matches("Backup +Started +Expires +Size +Items");
    assertThat(lines.get(1)).matches("sandbox-invoices-251  \\d{4}-\\d\\d-\\d\\dT[0-9:]+Z  expired +[0-9.]+ GiB +[0-9,]+");
    assertThat(lines.get(2)).matches("sandbox-invoices-250  \\S+Z  \\d{4}-\\d\\d-\\d\\dT[0-9:]+Z +10\\.3 GiB +51,990,345");
    assertThat(lines.get(Sandbox.TABLE_BACKUPS)).startsWith("sandbox-invoices-001 ");
    assertThat(listRequests()).as("three pages of 100").hasSize(3)
        .allSatisfy(page -> assertThat(page.queryParameter("limit").orElseThrow()).isEqualTo("100"));
  }

  @Test
  void humanOutputAlignsItsColumns() {
    List<String> lines = list().out().lines().toList();
    String header = lines.get(0);

    assertThat(lines).extracting(String::length).containsOnly(header.length());
    for (String column : List.of("Started", "Expires")) {
      int at = header.indexOf(column);
      assertThat(lines).as("column %s starts at %d", column, at)
          .allMatch(line -> line.startsWith("  ", at - 2) && line.charAt(at) != ' ');
    }
  }

  @Test
  void humanOutputShowsNeverForNoExpiryAndADashForAnAbsentValue() {
    List<String> manual = list().out().lines().filter(line -> line.contains("never")).toList();

    assertThat(manual).hasSize(1);
    assertThat(manual.get(0)).matches("sandbox-invoices-\\d{3}  \\S+Z  never +[0-9.]+ GiB +-");
  }

  @Test
  void humanOutputOfAnEmptyListSaysSo() {
    CliRun run = CliRun.run(ENV, "list", "--table-id", "no-such-table", "--base-url", sandbox.baseUrl());

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo("No backups of table no-such-table match." + System.lineSeparator());
  }

  @Test
  void jsonOutputIsOneArrayOfEveryBackupWithTheApisFieldNames() {
    CliRun run = list("-o", "json");

    assertThat(run.status()).isZero();
    JsonArray array = JsonParser.parseString(run.out()).getAsJsonArray();
    assertThat(array).hasSize(Sandbox.TABLE_BACKUPS);
    JsonObject newest = array.get(0).getAsJsonObject();
    assertThat(newest.get("id").getAsString()).isEqualTo("sandbox-invoices-251");
    assertThat(newest.get("table_id").getAsString()).isEqualTo(Sandbox.TABLE_ID);
    assertThat(newest.keySet()).contains("_links", "start_timestamp", "expiration_timestamp", "size", "item_count");
  }

  @Test
  void jsonOutputOfAnEmptyListIsAnEmptyArray() {
    CliRun run = CliRun.run(ENV, "list", "--table-id", "no-such-table", "-o", "json", "--base-url", sandbox.baseUrl());

    assertThat(JsonParser.parseString(run.out())).isEqualTo(new JsonArray());
  }

  @Test
  void ndjsonOutputIsOneBackupPerLineAsGetPrintsIt() {
    CliRun run = list("-o", "ndjson", "--max-items", "3");
    CliRun get = CliRun.run(ENV, "get", "sandbox-invoices-250", "-o", "json", "--base-url", sandbox.baseUrl());

    assertThat(run.status()).isZero();
    assertThat(run.out().lines()).hasSize(3).allMatch(line -> line.startsWith("{") && line.endsWith("}"));
    assertThat(ndjson(run).get(1)).isEqualTo(JsonParser.parseString(get.out()));
  }

  @Test
  void maxItemsStopsAfterThatManyBackupsAndFetchesNoFurtherPage() {
    CliRun run = list("--max-items", "150", "-o", "ndjson");

    assertThat(run.out().lines()).hasSize(150);
    assertThat(listRequests()).as("pages 1 and 2, not 3").hasSize(2);
  }

  @Test
  void maxItemsBelowAPageAsksForNoMoreBackupsThanThat() {
    CliRun run = list("--max-items", "5");

    assertThat(run.out().lines()).hasSize(1 + 5);
    assertThat(listRequests()).singleElement()
        .satisfies(page -> assertThat(page.queryParameter("limit").orElseThrow()).isEqualTo("5"));
  }

  @Test
  void sinceAndUntilReachTheRequestAsTheStartTimestampWindow() {
    CliRun run = list("--since", "2026-01-01T00:00:00Z", "--until", "2099-01-01T00:00:00Z", "-o", "ndjson");

    assertThat(run.status()).isZero();
    JsonObject window = filter(listRequests().get(0)).getAsJsonObject("start_timestamp");
    assertThat(window.get("$gt").getAsString()).isEqualTo("2026-01-01T00:00:00Z");
    assertThat(window.get("$lte").getAsString()).isEqualTo("2099-01-01T00:00:00Z");
  }

  @Test
  void sinceAndUntilSelectTheBackupsStartedInTheWindow() {
    List<JsonObject> all = ndjson(list("-o", "ndjson"));
    Instant since = started(all.get(40));
    Instant until = started(all.get(10));

    List<JsonObject> window = ndjson(list("--since", since.toString(), "--until", until.toString(), "-o", "ndjson"));

    assertThat(window).isEqualTo(all.subList(10, 40));
  }

  @Test
  void anOffsetInSinceIsConvertedToTheInstantItNames() {
    list("--since", "2026-11-01T09:30:00+02:00", "--max-items", "1");

    assertThat(filter(listRequests().get(0)).getAsJsonObject("start_timestamp").get("$gt").getAsString())
        .isEqualTo("2026-11-01T07:30:00Z");
  }

  @Test
  void typeReachesTheRequestAndSelectsThatTypeOnly() {
    CliRun run = list("--type", "aws_snapshot", "-o", "ndjson");

    assertThat(filter(listRequests().get(0)).toString()).contains("\"type\":{\"$all\":[\"aws_snapshot\"]}");
    assertThat(ndjson(run)).hasSize(50).allMatch(backup -> backup.get("type").getAsString().equals("aws_snapshot"));
  }

  @Test
  void oldestFirstReachesTheRequestAndReversesTheOrder() {
    CliRun run = list("--oldest-first", "-o", "ndjson");

    assertThat(listRequests()).allSatisfy(page -> assertThat(page.queryParameter("sort").orElseThrow())
        .isEqualTo("start_timestamp"));
    List<JsonObject> backups = ndjson(run);
    assertThat(backups).hasSize(Sandbox.TABLE_BACKUPS);
    assertThat(backups.get(0).get("id").getAsString()).isEqualTo("sandbox-invoices-001");
    assertThat(backups).extracting(ListCommandTest::started).isSorted();
  }

  @Test
  void withoutOptionsTheListIsNewestFirst() {
    list("--max-items", "1");

    assertThat(listRequests().get(0).queryParameter("sort").orElseThrow()).isEqualTo("-start_timestamp");
    assertThat(filter(listRequests().get(0)).keySet()).containsExactly("table_id");
  }

  @ParameterizedTest
  @ValueSource(strings = {"yesterday", "2026-11-01", "2026-11-01T00:00Z", "2026-11-01T00:00:00", "2026-13-01T00:00:00Z"})
  void aSinceThatIsNotRfc3339IsAUsageErrorNamingTheOption(String since) {
    CliRun run = list("--since", since);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--since").contains("RFC 3339");
    assertThat(sandbox.requests()).isEmpty();
  }

  @Test
  void anUntilThatIsNotRfc3339IsAUsageErrorNamingTheOption() {
    CliRun run = list("--until", "now");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--until");
  }

  @Test
  void sinceNotBeforeUntilIsAUsageError() {
    CliRun run = list("--since", "2026-11-02T00:00:00Z", "--until", "2026-11-01T00:00:00Z");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--since 2026-11-02T00:00:00Z must be before --until 2026-11-01T00:00:00Z");
    assertThat(sandbox.requests()).isEmpty();
  }

  @Test
  void anUnknownTypeIsAUsageErrorListingTheTypes() {
    CliRun run = list("--type", "tape");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--type").contains("clumio_backup").contains("aws_snapshot");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1"})
  void maxItemsBelowOneIsAUsageError(String maxItems) {
    CliRun run = list("--max-items", maxItems);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--max-items must be at least 1");
  }

  @Test
  void theTableIdIsRequired() {
    CliRun run = CliRun.run(ENV, "list", "--base-url", sandbox.baseUrl());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--table-id");
  }

  @Test
  void aBlankTableIdIsAUsageErrorNamingTheOption() {
    CliRun run = CliRun.run(ENV, "list", "--table-id", " ", "--base-url", sandbox.baseUrl());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--table-id").contains("blank");
  }

  @Test
  void aPageThatFailsAfterOthersExitsWithFiveAfterPrintingTheEarlierBackups() {
    String firstPage = sandboxPage();
    stub.stubFor(WireMock.get(WireMock.urlPathEqualTo(LIST_PATH)).atPriority(5)
        .willReturn(WireMock.aResponse().withStatus(503).withHeader("Content-Type", "application/json").withBody("{}")));
    stub.stubFor(WireMock.get(WireMock.urlPathEqualTo(LIST_PATH)).atPriority(1)
        .withQueryParam("filter", WireMock.notContaining("start_timestamp"))
        .willReturn(WireMock.aResponse().withStatus(200).withHeader("Content-Type", MEDIA_TYPE)
            .withBody(firstPage)));

    CliRun run = CliRun.run(ENV, "list", "--table-id", Sandbox.TABLE_ID, "-o", "ndjson", "--base-url", stub.baseUrl(),
        "--max-attempts", "1");

    assertThat(run.status()).isEqualTo(5);
    assertThat(run.out().lines()).hasSize(100);
    assertThat(run.err()).contains("HTTP status 503");
  }

  @Test
  void listHelpListsEveryOptionAndTheExitStatuses() {
    CliRun run = CliRun.run(Map.of(), "list", "--help");

    assertThat(run.out()).contains("--table-id", "--since", "--until", "--type", "--oldest-first", "--max-items",
        "--output", "ndjson", "--region", "--base-url", "--org-unit", "--connect-timeout", "--timeout",
        "--max-attempts", "--token-file", "--sandbox", "--verbose", "Exit status:");
  }

  /** The sandbox's first page of its table, newest first. */
  private static String sandboxPage() {
    return SandboxTest.get(sandbox.baseUrl() + LIST_PATH + "?limit=100&start=1&filter="
        + URLEncoder.encode("{\"table_id\":{\"$eq\":\"" + Sandbox.TABLE_ID + "\"}}", StandardCharsets.UTF_8)).body();
  }
}
