package io.github.clumiojava.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clumiojava.ClumioLimitExceededException;
import io.github.clumiojava.ClumioThrottledException;
import io.github.clumiojava.ClumioTransportException;
import io.github.clumiojava.dynamodb.BackupResult;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.dynamodb.DynamoDbBackupClientBuilder;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import io.github.clumiojava.dynamodb.ListBackupsRequest;
import io.github.clumiojava.testkit.FakeClumio;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Adaptive rate limiting against a fake Clumio that enforces the organization's limit: a token
 * bucket of 100 requests a second (burst 100) that answers 429 with {@code Retry-After: 1} beyond
 * it. Loops are bounded (a few hundred calls, a few seconds each); verdicts count requests, never
 * time, except lower bounds on when the server saw a request, which a slow machine only makes
 * later. Every call that succeeded took one request; the other requests were throttled.
 */
class AdaptiveRateLimitingTest extends FakeClumioTestBase {
  private static final int LIMIT = 100;
  private static final int CALLS = 400;
  private static final int SLOTS = 64;

  /** When the server saw the first request to each path, in {@link System#nanoTime()} terms. */
  private final Map<String, Long> firstSeen = new ConcurrentHashMap<>();

  @Override
  DynamoDbBackupClientBuilder configure(DynamoDbBackupClientBuilder builder) {
    return builder; // the library's defaults
  }

  @BeforeEach
  void holdBackupsUnderTheOrganizationsLimit() {
    for (int i = 0; i < 3 * 200; i++) {
      clumio.addBackup(FakeClumio.sampleBackup("b-" + i).build());
    }
    clumio.addBackup(FakeClumio.sampleBackup("b-first").build());
    clumio.addBackup(FakeClumio.sampleBackup("b-second").build());
    clumio.rateLimit(LIMIT);
    clumio.onEachRequest(request -> firstSeen.putIfAbsent(request.path(), System.nanoTime()));
  }

  private DynamoDbBackupClientBuilder anotherClient() {
    return DynamoDbBackupClient.builder().baseUrl(clumio.baseUrl()).apiToken(clumio.apiToken());
  }

  private int throttled(int succeeded) {
    return requests() - succeeded;
  }

  @Test
  void aDefaultClientLimitsNothingBeforeItIsThrottled() {
    for (int i = 0; i < 50; i++) {
      client.getBackup("b-" + i);
    }

    assertThat(client.adaptiveRateLimit()).isEmpty();
    assertThat(requests()).isEqualTo(50);
  }

  @Test
  void fourHundredAsyncCallsAtOnceAllSucceedWithFewExtraRequests() {
    List<CompletableFuture<DynamoDbTableBackup>> calls = new ArrayList<>();
    for (int i = 0; i < CALLS; i++) {
      calls.add(client.getBackupAsync("b-" + i));
    }

    assertThat(failuresOf(calls)).isEmpty();
    // The requests in flight when the first 429 came back (at most the 64 the client sends at
    // once) are throttled too; after that, a few 429s where the rate probes beyond the limit.
    assertThat(throttled(CALLS)).isLessThanOrEqualTo(SLOTS + 20);
    assertThat(client.adaptiveRateLimit()).isPresent();
  }

  @Test
  void withAdaptiveLimitingOffTheSameBurstIsThrottledByTheHundreds() {
    try (DynamoDbBackupClient unpaced = anotherClient().adaptiveRateLimiting(false).build()) {
      List<CompletableFuture<DynamoDbTableBackup>> calls = new ArrayList<>();
      for (int i = 0; i < CALLS; i++) {
        calls.add(unpaced.getBackupAsync("b-" + i));
      }

      List<Throwable> failures = failuresOf(calls);

      assertThat(failures).allMatch(ClumioThrottledException.class::isInstance);
      assertThat(throttled(CALLS - failures.size())).isGreaterThan(200);
      assertThat(unpaced.adaptiveRateLimit()).isEmpty();
    }
  }

  @Test
  void synchronousCallersOnManyThreadsAllSucceedWithFewExtraRequests() throws Exception {
    List<Throwable> outcomes = fromThreads(16, CALLS, id -> client.getBackup(id));

    assertThat(outcomes).containsOnlyNulls();
    assertThat(throttled(CALLS)).isLessThanOrEqualTo(16 + 20);
  }

  @Test
  void threeClientsSharingTheLimitAllSucceedAndEachGetsAFairShare() {
    int callsEach = 200;
    List<DynamoDbBackupClient> clients = List.of(client, anotherClient().build(), anotherClient().build());
    AtomicIntegerArray completed = new AtomicIntegerArray(clients.size());
    AtomicReference<int[]> whenTheFirstFinished = new AtomicReference<>();
    try {
      List<CompletableFuture<DynamoDbTableBackup>> calls = new ArrayList<>();
      for (int i = 0; i < callsEach; i++) {
        for (int c = 0; c < clients.size(); c++) {
          int which = c;
          calls.add(clients.get(c).getBackupAsync("b-" + i).whenComplete((backup, error) -> {
            if (completed.incrementAndGet(which) == callsEach) {
              whenTheFirstFinished.compareAndSet(null, snapshot(completed));
            }
          }));
        }
      }

      assertThat(failuresOf(calls)).isEmpty();
      assertThat(throttled(3 * callsEach)).isLessThanOrEqualTo(3 * SLOTS + 40);
      int[] shares = whenTheFirstFinished.get();
      int total = Arrays.stream(shares).sum();
      assertThat(Arrays.stream(shares).min().orElseThrow())
          .as("the fewest calls a client had completed when the first had all its calls done, of %d", total)
          .isGreaterThanOrEqualTo(total / 5);
    } finally {
      clients.get(1).close();
      clients.get(2).close();
    }
  }

  @Test
  void maxRequestsPerSecondStaysAHardCeilingBesideTheAdaptiveLimit() {
    try (DynamoDbBackupClient ceiled = anotherClient().maxRequestsPerSecond(LIMIT / 2).build()) {
      List<CompletableFuture<DynamoDbTableBackup>> calls = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        calls.add(ceiled.getBackupAsync("b-" + i));
      }

      assertThat(failuresOf(calls)).isEmpty();
      assertThat(throttled(200)).as("never above the server's limit: never throttled").isZero();
      assertThat(ceiled.adaptiveRateLimit()).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void retryAfterHoldsEveryRequestOfTheClientNotOnlyTheThrottledOne(Mode mode) {
    clumio.throttleNextRequests(1, Duration.ofSeconds(1));
    CompletableFuture<DynamoDbTableBackup> throttled = client.getBackupAsync("b-first");
    awaitThrottled();

    mode.get(client, "b-second");

    assertThat(throttled.join()).isNotNull();
    assertThat(millisBetweenFirstRequests("b-first", "b-second")).isGreaterThanOrEqualTo(900);
  }

  @Test
  void aPageOfAListingWaitsOutTheHoldToo() {
    addListedBackups(3);
    clumio.throttleNextRequests(1, Duration.ofSeconds(1));
    CompletableFuture<DynamoDbTableBackup> throttled = client.getBackupAsync("b-first");
    awaitThrottled();

    List<DynamoDbTableBackup> listed =
        client.listBackups(ListBackupsRequest.builder().tableId("listed").build()).stream().toList();

    assertThat(listed).hasSize(3);
    assertThat(throttled.join()).isNotNull();
    assertThat(millisBetweenFirstRequests("b-first", "dynamodb-tables")).as("from the 429 to the first page")
        .isGreaterThanOrEqualTo(900);
  }

  @Test
  void everyPageOfAListingGoesThroughTheLimit() {
    addListedBackups(100);
    clumio.rateLimit(10);

    List<DynamoDbTableBackup> listed =
        client.listBackups(ListBackupsRequest.builder().tableId("listed").pageSize(5).build()).stream().toList();

    assertThat(listed).hasSize(100);
    assertThat(client.adaptiveRateLimit()).as("a page's 429 set the limit").isPresent();
    // A throttled page is asked for again with the same query; no two pages of a walk have one.
    long pages = clumio.requests().stream().map(request -> request.queryParameters().toString()).distinct().count();
    assertThat(requests() - pages).as("throttled pages: after the first 429 the pages are paced").isBetween(1L, 6L);
  }

  @Test
  void handFiredCallsThatCannotBeSentBeforeTheirDeadlineFailWithLimitExceededAndSendNothing() {
    try (DynamoDbBackupClient shortDeadline = anotherClient().callTimeout(Duration.ofSeconds(2)).build()) {
      List<CompletableFuture<DynamoDbTableBackup>> calls = new ArrayList<>();
      for (int i = 0; i < 600; i++) {
        calls.add(shortDeadline.getBackupAsync("b-" + i));
      }

      List<Throwable> failures = failuresOf(calls);

      // A call granted its turn just before its deadline is sent, and its deadline passes in flight.
      List<Throwable> sentTooLate = failures.stream()
          .filter(failure -> !(failure instanceof ClumioLimitExceededException)).toList();
      assertThat(failures).isNotEmpty();
      assertThat(sentTooLate).allSatisfy(failure -> assertThat(failure)
          .isInstanceOf(ClumioTransportException.class).hasMessageContaining("deadline passed"));
      assertThat(sentTooLate.size()).as("sent in the last moments of their deadline").isLessThan(failures.size() / 10);
      assertThat(failures.stream().filter(ClumioLimitExceededException.class::isInstance).findFirst().orElseThrow())
          .hasMessageContaining("adaptive rate limit")
          .hasMessageContaining("before the call's deadline");
      assertThat(throttled(600 - failures.size())).as("throttled requests").isLessThanOrEqualTo(SLOTS + 20);
    }
  }

  @Test
  void aBulkReadFarLongerThanTheDeadlineHasEveryIdReadAtTheLimit() {
    // 600 ids at 100 a second take 6 s or more, three times the deadline of each call.
    try (DynamoDbBackupClient shortDeadline = anotherClient().callTimeout(Duration.ofSeconds(2)).build();
        Stream<BackupResult> results = shortDeadline.getBackups(IntStream.range(0, 600).mapToObj(i -> "b-" + i).toList())) {
      List<BackupResult> read = results.toList();

      assertThat(read).hasSize(600).allMatch(BackupResult::isSuccess, "read");
      assertThat(read).extracting(BackupResult::backupId).doesNotHaveDuplicates();
      assertThat(throttled(600)).as("throttled requests").isLessThanOrEqualTo(SLOTS + 20);
    }
  }

  private static void addListedBackups(int count) {
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    for (int i = 0; i < count; i++) {
      clumio.addBackup(backup("listed-" + i, "listed", start.plus(Duration.ofHours(i)), null));
    }
  }

  /** Waits, at most 10 s, until the client has taken in a 429: it then holds every request. */
  private void awaitThrottled() {
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    try {
      while (client.adaptiveRateLimit().isEmpty() && System.nanoTime() < end) {
        TimeUnit.MILLISECONDS.sleep(1);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    assertThat(client.adaptiveRateLimit()).as("the limit during the hold").hasValue(0.0);
  }

  /** The milliseconds between the server's first requests to two paths, named by how they end. */
  private long millisBetweenFirstRequests(String firstPathEnd, String laterPathEnd) {
    return TimeUnit.NANOSECONDS.toMillis(firstSeen(laterPathEnd) - firstSeen(firstPathEnd));
  }

  private long firstSeen(String pathEnd) {
    return firstSeen.entrySet().stream().filter(seen -> seen.getKey().endsWith(pathEnd))
        .mapToLong(Map.Entry::getValue).min().orElseThrow();
  }

  private static int[] snapshot(AtomicIntegerArray counts) {
    int[] copy = new int[counts.length()];
    for (int i = 0; i < copy.length; i++) {
      copy[i] = counts.get(i);
    }
    return copy;
  }

  static List<Throwable> failuresOf(List<CompletableFuture<DynamoDbTableBackup>> calls) {
    List<Throwable> failures = new ArrayList<>();
    for (CompletableFuture<DynamoDbTableBackup> call : calls) {
      try {
        call.join();
      } catch (CompletionException e) {
        failures.add(e.getCause());
      }
    }
    return failures;
  }
}
