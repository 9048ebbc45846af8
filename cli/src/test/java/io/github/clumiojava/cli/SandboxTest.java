package io.github.clumiojava.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.clumiojava.dynamodb.BackupType;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import io.github.clumiojava.dynamodb.ListBackupsRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The sandbox's backup list ({@link SandboxBackupList}): its data, and the list operation's grammar. */
class SandboxTest extends CliServers {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String TABLE_FILTER = "{\"table_id\":{\"$eq\":\"" + Sandbox.TABLE_ID + "\"}}";

  /** GETs a URL of a sandbox or stub with a bearer token. */
  static HttpResponse<String> get(String url) {
    try {
      return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer x").build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A page of the sandbox's list, asked for with these query parameters (values not yet encoded). */
  private static HttpResponse<String> list(String... nameValuePairs) {
    StringBuilder url = new StringBuilder(sandbox.baseUrl()).append(LIST_PATH).append('?');
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      url.append(nameValuePairs[i]).append('=').append(URLEncoder.encode(nameValuePairs[i + 1], StandardCharsets.UTF_8))
          .append('&');
    }
    return get(url.toString());
  }

  private static JsonObject json(HttpResponse<String> response) {
    return JsonParser.parseString(response.body()).getAsJsonObject();
  }

  private static List<String> ids(List<JsonObject> backups) {
    return backups.stream().map(backup -> backup.get("id").getAsString()).toList();
  }

  private static List<JsonObject> data() {
    return SandboxBackupList.load(Clock.systemUTC()).backups();
  }

  @Test
  void theSampleTableHasThreePagesOfBackupsNumberedInTheOrderTheyStarted() {
    List<JsonObject> backups = data();

    assertThat(backups).hasSize(Sandbox.TABLE_BACKUPS).hasSizeGreaterThan(2 * ListBackupsRequest.MAX_PAGE_SIZE)
        .allMatch(backup -> backup.get("table_id").getAsString().equals(Sandbox.TABLE_ID));
    assertThat(ids(backups)).isEqualTo(IntStream.rangeClosed(1, Sandbox.TABLE_BACKUPS)
        .mapToObj(i -> String.format("%s-%03d", Sandbox.TABLE_ID, i)).toList());
  }

  @Test
  void theNewestBackupHasExpiredAndTheOneBeforeItHasNot() {
    List<JsonObject> backups = data();
    Instant now = Instant.now();

    assertThat(Instant.parse(backups.get(backups.size() - 1).get("expiration_timestamp").getAsString())).isBefore(now);
    assertThat(Instant.parse(backups.get(backups.size() - 2).get("expiration_timestamp").getAsString())).isAfter(now);
  }

  @Test
  void timesAreCountedFromTheClocksPresentInWholeSeconds() {
    Clock clock = Clock.fixed(Instant.parse("2030-01-01T00:00:00.750Z"), ZoneOffset.UTC);

    List<JsonObject> backups = SandboxBackupList.load(clock).backups();

    JsonObject newest = backups.get(backups.size() - 1);
    assertThat(newest.get("start_timestamp").getAsString()).isEqualTo("2029-12-31T21:12:47Z");
    assertThat(newest.get("expiration_timestamp").getAsString()).isEqualTo("2029-12-31T23:12:47Z");
  }

  @ParameterizedTest(name = "page size {0}, oldest first: {1}")
  @CsvSource({"100, false", "100, true", "7, false", "7, true"})
  void theLibrarysWalkMeetsEveryBackupOnceInOrder(int pageSize, boolean oldestFirst) {
    ListBackupsRequest.Builder request = ListBackupsRequest.builder().tableId(Sandbox.TABLE_ID).pageSize(pageSize);
    if (oldestFirst) {
      request.oldestFirst();
    }
    List<String> expected = new ArrayList<>(ids(data()));
    if (!oldestFirst) {
      Collections.reverse(expected);
    }

    List<String> walked = walk(request.build());

    assertThat(walked).isEqualTo(expected);
  }

  @Test
  void theLibrarysWalkWithEveryConditionMeetsTheMatchingBackups() {
    List<JsonObject> all = data();
    Instant after = Instant.parse(all.get(30).get("start_timestamp").getAsString());
    Instant atOrBefore = Instant.parse(all.get(220).get("start_timestamp").getAsString());
    Predicate<JsonObject> matches = backup -> {
      Instant started = Instant.parse(backup.get("start_timestamp").getAsString());
      return started.isAfter(after) && !started.isAfter(atOrBefore) && backup.get("type").getAsString().equals("aws_snapshot");
    };

    List<String> walked = walk(ListBackupsRequest.builder().tableId(Sandbox.TABLE_ID).startedAfter(after)
        .startedAtOrBefore(atOrBefore).type(BackupType.AWS_SNAPSHOT).pageSize(10).oldestFirst().build());

    assertThat(walked).isNotEmpty().isEqualTo(ids(all.stream().filter(matches).toList()));
  }

  private static List<String> walk(ListBackupsRequest request) {
    try (DynamoDbBackupClient client = DynamoDbBackupClient.builder().baseUrl(sandbox.baseUrl()).apiToken(TOKEN).build()) {
      return client.listBackups(request).stream().map(DynamoDbTableBackup::id).toList();
    }
  }

  @Test
  void theLastPageLinksBackButNotForward() {
    JsonObject page = json(list("limit", "100", "start", "3", "filter", TABLE_FILTER));

    assertThat(page.get("current_count").getAsInt()).isEqualTo(51);
    assertThat(page.getAsJsonObject("_embedded").getAsJsonArray("items")).hasSize(51);
    assertThat(page.get("total_count").getAsInt()).isEqualTo(Sandbox.TABLE_BACKUPS);
    assertThat(page.get("total_pages_count").getAsInt()).isEqualTo(3);
    assertThat(page.get("start").getAsString()).isEqualTo("3");
    assertThat(page.getAsJsonObject("_links").keySet()).contains("_self", "_first", "_last", "_prev")
        .doesNotContain("_next");
  }

  @Test
  void theNextLinkLeadsToTheNextPageOfTheSameList() {
    JsonObject first = json(list("limit", "50", "sort", "start_timestamp", "filter", TABLE_FILTER));

    String next = first.getAsJsonObject("_links").getAsJsonObject("_next").get("href").getAsString();

    assertThat(json(get(sandbox.baseUrl() + next)).getAsJsonObject("_embedded"))
        .isEqualTo(json(list("limit", "50", "start", "2", "sort", "start_timestamp", "filter", TABLE_FILTER))
            .getAsJsonObject("_embedded"));
  }

  @Test
  void withoutParametersAPageIsTheNewestHundredOfEveryTable() {
    JsonObject page = json(list());

    assertThat(page.get("limit").getAsInt()).isEqualTo(100);
    assertThat(page.getAsJsonObject("_embedded").getAsJsonArray("items").get(0).getAsJsonObject().get("id")
        .getAsString()).isEqualTo(Sandbox.TABLE_ID + "-" + Sandbox.TABLE_BACKUPS);
  }

  @Test
  void aPageBeyondTheLastIsEmpty() {
    JsonObject page = json(list("start", "99999999999999999999", "filter", TABLE_FILTER));

    assertThat(page.getAsJsonObject("_embedded").getAsJsonArray("items")).isEmpty();
    assertThat(page.getAsJsonObject("_links").keySet()).doesNotContain("_next");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "limit  | 0                                           | limit must be a whole number from 1 to 100",
      "limit  | 101                                         | limit must be a whole number from 1 to 100",
      "limit  | ten                                         | limit must be a whole number from 1 to 100",
      "start  | 0                                           | start must be a page number",
      "start  | -1                                          | start must be a page number",
      "sort   | table_name                                  | sort must be start_timestamp or -start_timestamp",
      "filter | {\"table_id\":                              | filter: not JSON",
      "filter | [1]                                         | filter: must be a JSON object",
      "filter | {\"size\":{\"$gt\":1}}                      | filter: cannot filter by size $gt",
      "filter | {\"table_id\":{\"$ne\":\"t\"}}              | filter: cannot filter by table_id $ne",
      "filter | {\"table_id\":\"t\"}                        | filter: table_id must map operators to values",
      "filter | {\"table_id\":{\"$eq\":7}}                  | filter: table_id $eq takes a string",
      "filter | {\"start_timestamp\":{\"$gt\":\"today\"}}    | filter: start_timestamp $gt takes an RFC 3339 timestamp",
      "filter | {\"type\":{\"$all\":[\"tape\"]}}            | filter: type $all: unknown type 'tape'",
      "filter | {\"type\":{\"$all\":\"aws_snapshot\"}}      | filter: type $all takes a list of types"})
  void aParameterOutsideTheGrammarIsRefusedWith400NamingIt(String name, String value, String message) {
    HttpResponse<String> response = list(name, value);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).getAsJsonArray("errors").get(0).getAsJsonObject().get("error_message").getAsString())
        .startsWith(message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sandbox-invoices-001", "sandbox-invoices-149", "sandbox-invoices-251"})
  void getReadsEveryListedBackup(String id) {
    CliRun run = CliRun.run(ENV, "get", id, "-o", "json", "--base-url", sandbox.baseUrl());

    assertThat(run.status()).isZero();
    assertThat(JsonParser.parseString(run.out()).getAsJsonObject().get("id").getAsString()).isEqualTo(id);
  }

  @Test
  void anIdOfTheTablesFormThatIsNotListedIsNotFound() {
    CliRun run = CliRun.run(ENV, "get", "sandbox-invoices-999", "--base-url", sandbox.baseUrl());

    assertThat(run.status()).isEqualTo(3);
    assertThat(run.err()).contains("The backup does not exist (code 12001)");
  }

  @Test
  void theListWithoutATokenGetsClumiosMissingTokenAnswer() throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + LIST_PATH)).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("359");
  }

  @Test
  void theListDoesNotMoveWhileAClientWalksIt() throws Exception {
    String before = list("filter", TABLE_FILTER).body();
    Thread.sleep(Duration.ofMillis(1100).toMillis());

    assertThat(list("filter", TABLE_FILTER).body()).isEqualTo(before);
  }
}
