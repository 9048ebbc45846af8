package io.github.clumiojava.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.github.clumiojava.Page;
import io.github.clumiojava.dynamodb.BackupType;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import io.github.clumiojava.dynamodb.ListBackupsRequest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The list operation, as openapi.yaml describes it: filter, sort, limit, start, pages and links. */
class FakeClumioListTest extends FakeClumioTestBase {
  private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
  private static final String TABLE = "t-1";
  private static final String LIST = "/backups/aws/dynamodb-tables";
  private static final String TABLE_FILTER = "{\"table_id\":{\"$eq\":\"" + TABLE + "\"}}";

  /** Backups b-0 (oldest) to b-(n-1) of {@link #TABLE}, an hour apart; every third an AWS snapshot. */
  private static void hold(int count) {
    for (int i = 0; i < count; i++) {
      clumio.addBackup(Backups.listed("b-" + i, TABLE, T0.plus(Duration.ofHours(i)), null,
          i % 3 == 0 ? "aws_snapshot" : "clumio_backup"));
    }
  }

  private static List<String> walk(ListBackupsRequest request) {
    try (DynamoDbBackupClient client = clumio.clientBuilder().build()) {
      return client.listBackups(request).stream().map(DynamoDbTableBackup::id).toList();
    }
  }

  private static List<String> ids(int from, int toInclusive) {
    int step = from <= toInclusive ? 1 : -1;
    return IntStream.iterate(from, i -> step > 0 ? i <= toInclusive : i >= toInclusive, i -> i + step)
        .mapToObj(i -> "b-" + i).toList();
  }

  /** A page asked for with these query parameters (values not yet encoded). */
  private static HttpResponse<String> list(String... nameValuePairs) {
    StringBuilder query = new StringBuilder(LIST).append('?');
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      query.append(nameValuePairs[i]).append('=')
          .append(URLEncoder.encode(nameValuePairs[i + 1], StandardCharsets.UTF_8)).append('&');
    }
    return Http.get(clumio, query.toString());
  }

  @ParameterizedTest(name = "page size {0}, oldest first: {1}")
  @CsvSource({"100, false", "100, true", "7, false", "7, true"})
  void theClientsWalkMeetsEveryBackupOnceInOrder(int pageSize, boolean oldestFirst) {
    hold(250);
    clumio.addBackup(Backups.listed("other", "t-2", T0, null, "clumio_backup"));
    ListBackupsRequest.Builder request = ListBackupsRequest.builder().tableId(TABLE).pageSize(pageSize);

    List<String> walked = walk(oldestFirst ? request.oldestFirst().build() : request.build());

    assertThat(walked).isEqualTo(oldestFirst ? ids(0, 249) : ids(249, 0));
  }

  @Test
  void theClientsWalkWithEveryConditionMeetsTheMatchingBackups() {
    hold(48);

    List<String> walked = walk(ListBackupsRequest.builder().tableId(TABLE).startedAfter(T0.plus(Duration.ofHours(10)))
        .startedAtOrBefore(T0.plus(Duration.ofHours(30))).type(BackupType.AWS_SNAPSHOT).pageSize(2).oldestFirst().build());

    assertThat(walked).containsExactly("b-12", "b-15", "b-18", "b-21", "b-24", "b-27", "b-30");
  }

  @Test
  void theClientsPagesCarryTheTotalCount() {
    hold(25);
    List<Page<DynamoDbTableBackup>> pages = new ArrayList<>();

    try (DynamoDbBackupClient client = clumio.clientBuilder().build()) {
      client.listBackups(ListBackupsRequest.builder().tableId(TABLE).pageSize(10).build()).byPage().forEach(pages::add);
    }

    assertThat(pages).isNotEmpty().allSatisfy(page -> assertThat(page.totalCount()).hasValue(25));
  }

  @Test
  void backupsThatStartedAtTheSameTimeKeepTheOrderTheyWereAddedIn() {
    for (int i = 0; i < 5; i++) {
      clumio.addBackup(Backups.listed("same-" + i, TABLE, T0, null, "clumio_backup"));
    }

    JsonObject page = Http.json(list("sort", "start_timestamp"));

    assertThat(page.getAsJsonObject("_embedded").getAsJsonArray("items").asList())
        .extracting(item -> item.getAsJsonObject().get("id").getAsString())
        .containsExactly("same-0", "same-1", "same-2", "same-3", "same-4");
  }

  @Test
  void aBackupWithoutAStartTimeSortsAsTheOldestAndNoWindowHoldsIt() {
    hold(2);
    clumio.addBackup(Backups.listed("undated", TABLE, null, null, "clumio_backup"));

    assertThat(walk(ListBackupsRequest.builder().tableId(TABLE).oldestFirst().build())).first().isEqualTo("undated");
    assertThat(walk(ListBackupsRequest.builder().tableId(TABLE).startedAtOrBefore(T0.plusSeconds(1)).build()))
        .containsExactly("b-0");
  }

  @Test
  void thePageSaysWhereItIsAndLinksBackButNotForwardOnTheLastPage() {
    hold(251);

    JsonObject page = Http.json(list("limit", "100", "start", "3", "filter", TABLE_FILTER));

    assertThat(page.get("current_count").getAsInt()).isEqualTo(51);
    assertThat(page.getAsJsonObject("_embedded").getAsJsonArray("items")).hasSize(51);
    assertThat(page.get("total_count").getAsInt()).isEqualTo(251);
    assertThat(page.get("total_pages_count").getAsInt()).isEqualTo(3);
    assertThat(page.get("limit").getAsInt()).isEqualTo(100);
    assertThat(page.get("start").getAsString()).isEqualTo("3");
    assertThat(page.get("filter_applied").getAsString()).isEqualTo(TABLE_FILTER);
    assertThat(page.getAsJsonObject("_links").keySet()).containsExactlyInAnyOrder("_self", "_first", "_last", "_prev");
  }

  @Test
  void eachLinkLeadsToItsPageOfTheSameList() {
    hold(120);
    JsonObject second = Http.json(list("limit", "50", "start", "2", "sort", "start_timestamp", "filter", TABLE_FILTER));
    JsonObject links = second.getAsJsonObject("_links");

    assertThat(first(links, "_self")).isEqualTo("b-50");
    assertThat(first(links, "_next")).isEqualTo("b-100");
    assertThat(first(links, "_prev")).isEqualTo("b-0");
    assertThat(first(links, "_first")).isEqualTo("b-0");
    assertThat(first(links, "_last")).isEqualTo("b-100");
    assertThat(links.getAsJsonObject("_next").get("type").getAsString()).isEqualTo("get");
    assertThat(links.getAsJsonObject("_next").get("templated").getAsBoolean()).isFalse();
  }

  /** The first backup of the page a link leads to. */
  private static String first(JsonObject links, String name) {
    String href = links.getAsJsonObject(name).get("href").getAsString();
    return Http.json(Http.get(clumio, href)).getAsJsonObject("_embedded").getAsJsonArray("items").get(0)
        .getAsJsonObject().get("id").getAsString();
  }

  @Test
  void withoutParametersAPageIsTheNewestHundredOfEveryTable() {
    hold(150);
    clumio.addBackup(Backups.listed("newest-elsewhere", "t-2", T0.plus(Duration.ofDays(30)), null, "clumio_backup"));

    JsonObject page = Http.json(list());

    assertThat(page.get("limit").getAsInt()).isEqualTo(100);
    assertThat(page.get("start").getAsString()).isEqualTo("1");
    assertThat(page.get("filter_applied").getAsString()).isEqualTo("{}");
    assertThat(page.getAsJsonObject("_embedded").getAsJsonArray("items").get(0).getAsJsonObject().get("id").getAsString())
        .isEqualTo("newest-elsewhere");
  }

  @Test
  void aPageBeyondTheLastIsEmptyAndHasNoNextLink() {
    hold(3);

    JsonObject page = Http.json(list("start", "99999999999999999999", "filter", TABLE_FILTER));

    assertThat(page.getAsJsonObject("_embedded").getAsJsonArray("items")).isEmpty();
    assertThat(page.getAsJsonObject("_links").keySet()).doesNotContain("_next");
  }

  @Test
  void anEmptyListIsOneEmptyPage() {
    JsonObject page = Http.json(list("filter", TABLE_FILTER));

    assertThat(page.get("total_count").getAsInt()).isZero();
    assertThat(page.get("total_pages_count").getAsInt()).isEqualTo(1);
    assertThat(page.getAsJsonObject("_links").keySet()).doesNotContain("_next", "_prev");
  }

  @ParameterizedTest
  @SendsRequestsOutsideTheSpec("parameters outside the grammar")
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
    assertThat(Http.firstError(response)).startsWith("400: " + message);
  }
}
