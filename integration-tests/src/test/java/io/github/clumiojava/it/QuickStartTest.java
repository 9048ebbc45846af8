package io.github.clumiojava.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clumiojava.ClumioException;
import io.github.clumiojava.ClumioNotFoundException;
import io.github.clumiojava.ClumioRegion;
import io.github.clumiojava.dynamodb.BackupResult;
import io.github.clumiojava.dynamodb.BackupType;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import io.github.clumiojava.testkit.FakeClumio;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import io.github.clumiojava.dynamodb.ListBackupsRequest;
import io.github.clumiojava.dynamodb.Tag;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;

/** The README's quick start compiles (here, verbatim), and does what it says against a fake API. */
class QuickStartTest extends FakeClumioTestBase {

  /** The README's quick start, verbatim between the markers. Not run: it needs a real token. */
  @SuppressWarnings("unused")
  static void readmeQuickStart(String backupId) {
    // readme-snippet:begin
    try (DynamoDbBackupClient client = DynamoDbBackupClient.builder()
        .region(ClumioRegion.US_WEST_2)      // the token is read from CLUMIO_API_TOKEN
        .build()) {
      DynamoDbTableBackup backup = client.getBackup(backupId);
      System.out.printf("%s: %,d items, %,d bytes%n",
          backup.tableName(), backup.itemCount(), backup.sizeInBytes());
      if (backup.isExpired()) {
        System.out.println("expired: can no longer be restored");
      } else {
        System.out.println("restorable until " + backup.expirationTimestamp()
            .map(Object::toString).orElse("it is deleted (no expiry)"));
      }
    } catch (ClumioNotFoundException e) {
      System.out.println("no such backup: " + backupId);
    } catch (ClumioException e) {
      System.out.println("Clumio call failed: " + e.getMessage());
    }
    // readme-snippet:end
  }

  /**
   * The README's example of plugging in the application's Resilience4j, verbatim between the
   * markers. Not run: it reads the token from the environment.
   */
  @SuppressWarnings("unused")
  static DynamoDbBackupClient readmeRegistries(RetryRegistry retryRegistry,
      CircuitBreakerRegistry circuitBreakerRegistry, Logger log) {
    // readme-registries:begin
    AtomicLong retries = new AtomicLong();
    DynamoDbBackupClient client = DynamoDbBackupClient.builder()
        .name("clumio-backups")                     // instance name in the registries
        .retryRegistry(retryRegistry)               // the application's RetryRegistry
        .circuitBreakerRegistry(circuitBreakerRegistry)
        .maxRequestsPerSecond(50)                   // optional client-side rate limit
        .build();
    client.retry().getEventPublisher().onRetry(event -> retries.incrementAndGet());
    client.circuitBreaker().getEventPublisher().onStateTransition(event -> log.warn("{}", event));
    // readme-registries:end
    return client;
  }

  /**
   * The README's "Finding backups" example, verbatim between the markers; {@link
   * #theFindingBackupsExampleListsAndFindsAgainstAFakeClumio} runs it.
   */
  static void readmeFindingBackups(DynamoDbBackupClient client, String tableId) {
    // readme-finding:begin
    // The newest backup of the table that can still be restored.
    Optional<DynamoDbTableBackup> latest = client.latestRestorableBackup(tableId);
    latest.ifPresentOrElse(
        backup -> System.out.println("restore from " + backup.id()),
        () -> System.out.println("no backup of " + tableId + " can be restored"));

    // The last week's backups, oldest first, fetched 50 at a time as the loop goes.
    ListBackupsRequest lastWeek = ListBackupsRequest.builder()
        .tableId(tableId)
        .startedAfter(Instant.now().minus(Duration.ofDays(7)))
        .oldestFirst()
        .pageSize(50)
        .build();
    for (DynamoDbTableBackup backup : client.listBackups(lastWeek)) {
      System.out.printf("%s started %s, %s%n", backup.id(), backup.startTimestamp().orElseThrow(),
          backup.isExpired() ? "expired" : "restorable");
    }

    // Or as a stream: stops fetching pages once it has what it needs.
    List<String> newestTen = client.listBackups(ListBackupsRequest.builder().tableId(tableId).build())
        .stream().limit(10).map(DynamoDbTableBackup::id).toList();
    // readme-finding:end
    System.out.println(newestTen);
  }

  /** The README's example of the model builders, verbatim between the markers; a test runs it. */
  static DynamoDbTableBackup readmeBuilders() {
    // readme-builders:begin
    DynamoDbTableBackup backup = DynamoDbTableBackup.builder()
        .id("backup-1")
        .tableName("orders")
        .type(BackupType.CLUMIO_BACKUP)
        .expirationTimestamp(Instant.parse("2024-06-01T02:00:00Z"))
        .provisionedThroughput(t -> t.readCapacityUnits(100L).writeCapacityUnits(25L))
        .tags(Tag.builder().key("team").value("payments").build())
        .build();
    DynamoDbTableBackup renamed = backup.toBuilder().tableName("orders-v2").build();
    // readme-builders:end
    return renamed;
  }

  @Test
  void theBuilderExampleBuildsTheBackupItShows() {
    DynamoDbTableBackup renamed = readmeBuilders();

    assertThat(renamed.tableName()).isEqualTo("orders-v2");
    assertThat(renamed.id()).isEqualTo("backup-1");
    assertThat(renamed.typeAsString()).isEqualTo("clumio_backup");
    assertThat(renamed.provisionedThroughput().writeCapacityUnits()).isEqualTo(25L);
    assertThat(renamed.tagsAsMap()).containsExactly(Map.entry("team", "payments"));
    assertThat(renamed.isExpired()).isTrue();
  }

  @Test
  void theFindingBackupsExampleListsAndFindsAgainstAFakeClumio() {
    Instant now = Instant.now();
    for (int i = 0; i < 60; i++) {
      clumio.addBackup(backup("b-" + i, "tbl-1", now.minus(Duration.ofHours(i + 1)),
          i == 0 ? now.minusSeconds(1) : null));
    }

    readmeFindingBackups(client, "tbl-1");

    // latest: 1 page; the week: 2 pages of 50; the ten newest: 1 page.
    assertThat(requests()).isEqualTo(4);
  }

  /**
   * The README's bulk read example, verbatim between the markers; {@link
   * #theBulkReadExampleReadsEveryIdAgainstAFakeClumio} runs it.
   */
  static void readmeBulkRead(DynamoDbBackupClient client, List<String> backupIds) {
    // readme-bulk:begin
    // Every id, at the pace Clumio allows; each result printed as its read completes.
    try (Stream<BackupResult> results = client.getBackups(backupIds)) {
      results.forEach(result -> result.backup().ifPresentOrElse(
          backup -> System.out.println(backup.id() + ": " + backup.tableName()),
          () -> System.err.println(result.backupId() + ": " + result.error().orElseThrow().getMessage())));
    }
    // readme-bulk:end
  }

  @Test
  void theBulkReadExampleReadsEveryIdAgainstAFakeClumio() {
    wireMock.stubFor(getBackup("b-1").willReturn(backupJson(resource("full.json"))));
    wireMock.stubFor(getBackup("b-2").willReturn(errorJson(404, "{\"errors\":[]}")));

    readmeBulkRead(client, List.of("b-1", "b-2"));

    assertThat(requests()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"readme-snippet", "readme-registries", "readme-finding", "readme-builders", "readme-bulk"})
  void readmeShowsTheSnippetOfThisTestVerbatim(String marker) throws IOException {
    String source = Files.readString(Path.of("src/test/java/io/github/clumiojava/it/QuickStartTest.java"), StandardCharsets.UTF_8);
    Matcher snippet = Pattern.compile("// " + marker + ":begin\n(.*?)\n\\s*// " + marker + ":end", Pattern.DOTALL)
        .matcher(source);
    assertThat(snippet.find()).isTrue();
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);

    assertThat(normalize(readme)).contains(normalize(snippet.group(1)));
  }

  @Test
  void theQuickStartFlowReadsABackupAndItsExpiry() {
    clumio.addBackup(FakeClumio.sampleBackup("b-1").build());

    DynamoDbTableBackup backup = client.getBackup("b-1");

    assertThat(backup.tableName()).isEqualTo("orders");
    assertThat(backup.expirationTimestamp()).isPresent();
  }

  private static String normalize(String code) {
    return code.replaceAll("(?m)^\\s+", "").trim();
  }
}
