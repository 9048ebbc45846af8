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
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sandbox's backups ({@link SandboxBackups}) as the sandbox serves them. The list operation's
 * grammar itself is the test kit's, and tested there.
 */
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

  private static List<String> ids(List<DynamoDbTableBackup> backups) {
    return backups.stream().map(DynamoDbTableBackup::id).toList();
  }

  /** The table's backups, oldest first, by the given clock. */
  private static List<DynamoDbTableBackup> table(Clock clock) {
    return SandboxBackups.load(clock).stream().filter(backup -> Sandbox.TABLE_ID.equals(backup.tableId()))
        .sorted(Comparator.comparing(backup -> backup.startTimestamp().orElseThrow())).toList();
  }

  private static List<DynamoDbTableBackup> data() {
    return table(Clock.systemUTC());
  }

  @Test
  void theSampleTableHasThreePagesOfBackupsNumberedInTheOrderTheyStarted() {
    List<DynamoDbTableBackup> backups = data();

    assertThat(backups).hasSize(Sandbox.TABLE_BACKUPS).hasSizeGreaterThan(2 * ListBackupsRequest.MAX_PAGE_SIZE);
    assertThat(ids(backups)).isEqualTo(IntStream.rangeClosed(1, Sandbox.TABLE_BACKUPS)
        .mapToObj(i -> String.format("%s-%03d", Sandbox.TABLE_ID, i)).toList());
  }

  @Test
  void theNewestBackupHasExpiredAndTheOneBeforeItHasNot() {
    List<DynamoDbTableBackup> backups = data();

    assertThat(backups.get(backups.size() - 1).isExpired()).isTrue();
    assertThat(backups.get(backups.size() - 2).isExpired()).isFalse();
  }

  @Test
  void timesAreCountedFromTheClocksPresentInWholeSeconds() {
    Clock clock = Clock.fixed(Instant.parse("2030-01-01T00:00:00.750Z"), ZoneOffset.UTC);

    List<DynamoDbTableBackup> backups = table(clock);

    DynamoDbTableBackup newest = backups.get(backups.size() - 1);
    assertThat(newest.startTimestamp()).hasValue(Instant.parse("2029-12-31T21:12:47Z"));
    assertThat(newest.expirationTimestamp()).hasValue(Instant.parse("2029-12-31T23:12:47Z"));
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
    List<DynamoDbTableBackup> all = data();
    Instant after = all.get(30).startTimestamp().orElseThrow();
    Instant atOrBefore = all.get(220).startTimestamp().orElseThrow();
    Predicate<DynamoDbTableBackup> matches = backup -> {
      Instant started = backup.startTimestamp().orElseThrow();
      return started.isAfter(after) && !started.isAfter(atOrBefore) && backup.type() == BackupType.AWS_SNAPSHOT;
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
  void theSampleTableComesInThreePagesOfTheList() {
    JsonObject last = json(list("limit", "100", "start", "3", "filter", TABLE_FILTER));

    assertThat(last.get("total_count").getAsInt()).isEqualTo(Sandbox.TABLE_BACKUPS);
    assertThat(last.get("total_pages_count").getAsInt()).isEqualTo(3);
    assertThat(last.getAsJsonObject("_embedded").getAsJsonArray("items")).hasSize(51);
  }

  @ParameterizedTest
  @ValueSource(strings = {Sandbox.ACTIVE, Sandbox.EXPIRED, Sandbox.NEWER})
  void everySampleIsServedAsBuilt(String id) {
    DynamoDbTableBackup built = SandboxBackups.load(Clock.systemUTC()).stream().filter(b -> b.id().equals(id))
        .findFirst().orElseThrow();

    try (DynamoDbBackupClient client = DynamoDbBackupClient.builder().baseUrl(sandbox.baseUrl()).apiToken(TOKEN).build()) {
      DynamoDbTableBackup served = client.getBackup(id);

      assertThat(served.toBuilder().startTimestamp(null).expirationTimestamp(null).build())
          .isEqualTo(built.toBuilder().startTimestamp(null).expirationTimestamp(null).build());
    }
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
  void theTimesAreCountedOnceWhenTheSandboxStartsSoTheListDoesNotMove() {
    Clock movingClock = new Clock() {
      private Instant now = Instant.parse("2030-01-01T00:00:00Z");

      @Override
      public synchronized Instant instant() {
        now = now.plus(Duration.ofHours(1));
        return now;
      }

      @Override
      public java.time.ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(java.time.ZoneId zone) {
        throw new UnsupportedOperationException();
      }
    };

    try (Sandbox moving = Sandbox.start(0, movingClock)) {
      String url = moving.baseUrl() + LIST_PATH + "?filter=" + URLEncoder.encode(TABLE_FILTER, StandardCharsets.UTF_8);
      String before = get(url).body();
      movingClock.instant();

      assertThat(get(url).body()).isEqualTo(before);
    }
  }
}
