package io.github.clumiojava.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.clumiojava.ClumioLimitExceededException;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.dynamodb.DynamoDbBackupClientBuilder;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import io.github.clumiojava.dynamodb.ListBackupsRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Adaptive rate limiting against a server that enforces Clumio's limit: a token bucket of 100
 * requests a second (burst 100) that answers 429 with {@code Retry-After: 1} beyond it. Loops are
 * bounded (a few hundred calls, a few seconds each); verdicts count requests, never time, except
 * lower bounds on the server's own time stamps, which a slow machine only makes longer.
 */
class AdaptiveRateLimitingTest extends WireMockTestBase {
  private static final int LIMIT = 100;
  private final TokenBucketService service = new TokenBucketService(LIMIT, LIMIT);

  @Override
  DynamoDbBackupClientBuilder configure(DynamoDbBackupClientBuilder builder) {
    return builder; // the library's defaults
  }

  @BeforeEach
  void serveEveryBackupUnderTheLimit() {
    wireMock.stubFor(WireMock.get(WireMock.urlPathMatching(BACKUPS_PATH + "b-.*")).willReturn(backupJson("{}")));
    faults.apply(service, "1");
  }

  @Test
  void aDefaultClientLimitsNothingBeforeItIsThrottled() {
    for (int i = 0; i < 50; i++) {
      client.getBackup("b-" + i);
    }

    assertThat(client.adaptiveRateLimit()).isEmpty();
    assertThat(service.throttled()).isZero();
  }

  @Test
  void fourHundredAsyncCallsAtOnceAllSucceedWithFewExtraRequests() {
    List<CompletableFuture<DynamoDbTableBackup>> calls = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      calls.add(client.getBackupAsync("b-" + i));
    }

    List<Throwable> failures = failuresOf(calls);

    assertThat(failures).isEmpty();
    assertThat(service.accepted()).isEqualTo(400);
    // The requests in flight when the first 429 came back (at most the 64 the client runs at
    // once) are throttled too; after that, a few 429s where the rate probes beyond the limit.
    assertThat(service.throttled()).isLessThanOrEqualTo(64 + 20);
    assertThat(client.adaptiveRateLimit()).isPresent();
  }

  @Test
  void withAdaptiveLimitingOffTheSameBurstIsThrottledByTheHundreds() {
    try (DynamoDbBackupClient unpaced = DynamoDbBackupClient.builder().baseUrl(wireMock.baseUrl()).apiToken(TOKEN)
        .adaptiveRateLimiting(false).build()) {
      List<CompletableFuture<DynamoDbTableBackup>> calls = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        calls.add(unpaced.getBackupAsync("b-" + i));
      }

      failuresOf(calls);

      assertThat(service.throttled()).isGreaterThan(200);
      assertThat(unpaced.adaptiveRateLimit()).isEmpty();
    }
  }

  @Test
  void synchronousCallersOnManyThreadsAllSucceedWithFewExtraRequests() throws Exception {
    List<Throwable> outcomes = fromThreads(16, 400, id -> client.getBackup(id));

    assertThat(outcomes).containsOnlyNulls();
    assertThat(service.accepted()).isEqualTo(400);
    assertThat(service.throttled()).isLessThanOrEqualTo(16 + 20);
  }

  @Test
  void threeClientsSharingTheLimitAllSucceedAndEachGetsAFairShare() {
    int callsEach = 200;
    List<DynamoDbBackupClient> clients = List.of(client,
        DynamoDbBackupClient.builder().baseUrl(wireMock.baseUrl()).apiToken(TOKEN).build(),
        DynamoDbBackupClient.builder().baseUrl(wireMock.baseUrl()).apiToken(TOKEN).build());
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
      assertThat(service.accepted()).isEqualTo(3 * callsEach);
      assertThat(service.throttled()).isLessThanOrEqualTo(3 * 64 + 40);
      int[] shares = whenTheFirstFinished.get();
      int total = shares[0] + shares[1] + shares[2];
      assertThat(Arrays.stream(shares).min().orElseThrow())
          .as("the fewest calls a client had completed when the first had all its calls done, of %d", total)
          .isGreaterThanOrEqualTo(total / 5);
    } finally {
      clients.get(1).close();
      clients.get(2).close();
    }
  }

  private static int[] snapshot(AtomicIntegerArray counts) {
    int[] copy = new int[counts.length()];
    for (int i = 0; i < copy.length; i++) {
      copy[i] = counts.get(i);
    }
    return copy;
  }

  @Test
  void maxRequestsPerSecondStaysAHardCeilingBesideTheAdaptiveLimit() {
    try (DynamoDbBackupClient ceiled = DynamoDbBackupClient.builder().baseUrl(wireMock.baseUrl()).apiToken(TOKEN)
        .maxRequestsPerSecond(LIMIT / 2).build()) {
      List<CompletableFuture<DynamoDbTableBackup>> calls = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        calls.add(ceiled.getBackupAsync("b-" + i));
      }

      assertThat(failuresOf(calls)).isEmpty();
      assertThat(service.throttled()).as("never above the server's limit: never throttled").isZero();
      assertThat(ceiled.adaptiveRateLimit()).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void retryAfterHoldsEveryRequestOfTheClientNotOnlyTheThrottledOne(Mode mode) {
    faults.apply((request, forPath) -> request == 1 ? 429 : 0, "1");
    CompletableFuture<DynamoDbTableBackup> throttled = client.getBackupAsync("b-first");
    awaitThrottled();

    mode.get(client, "b-second");

    assertThat(throttled.join()).isNotNull();
    assertThat(millisAfterThe429("b-second")).isGreaterThanOrEqualTo(900);
  }

  @Test
  void aPageOfAListingWaitsOutTheHoldToo() {
    serveBackupList();
    addListedBackups(3);
    faults.apply((request, forPath) -> request == 1 ? 429 : 0, "1");
    CompletableFuture<DynamoDbTableBackup> throttled = client.getBackupAsync("b-first");
    awaitThrottled();

    List<DynamoDbTableBackup> listed = client.listBackups(ListBackupsRequest.builder().build()).stream().toList();

    assertThat(listed).hasSize(3);
    assertThat(throttled.join()).isNotNull();
    assertThat(millisAfterThe429("/backups/aws/dynamodb-tables?")).isGreaterThanOrEqualTo(900);
  }

  @Test
  void everyPageOfAListingGoesThroughTheLimit() {
    serveBackupList();
    addListedBackups(100);
    TokenBucketService slowService = new TokenBucketService(20, 5);
    faults.apply(slowService, "1");

    List<DynamoDbTableBackup> listed =
        client.listBackups(ListBackupsRequest.builder().pageSize(5).build()).stream().toList();

    assertThat(listed).hasSize(100);
    assertThat(client.adaptiveRateLimit()).as("a page's 429 set the limit").isPresent();
    assertThat(slowService.throttled()).as("pages after the first 429 are paced").isLessThanOrEqualTo(6);
  }

  @Test
  void handFiredCallsThatCannotBeSentBeforeTheirDeadlineFailWithLimitExceededAndSendNothing() {
    try (DynamoDbBackupClient shortDeadline = DynamoDbBackupClient.builder().baseUrl(wireMock.baseUrl())
        .apiToken(TOKEN).callTimeout(Duration.ofSeconds(2)).build()) {
      List<CompletableFuture<DynamoDbTableBackup>> calls = new ArrayList<>();
      for (int i = 0; i < 600; i++) {
        calls.add(shortDeadline.getBackupAsync("b-" + i));
      }

      List<Throwable> failures = failuresOf(calls);

      assertThat(failures).isNotEmpty().allMatch(ClumioLimitExceededException.class::isInstance);
      assertThat(failures.get(0)).hasMessageContaining("adaptive rate limit")
          .hasMessageContaining("before the call's deadline");
      assertThat(service.accepted()).isEqualTo(600 - failures.size());
    }
  }

  private static void addListedBackups(int count) {
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    for (int i = 0; i < count; i++) {
      backupList.add(new FakeBackupList.Backup("listed-" + i, "t-1", start.plus(Duration.ofHours(i)), null,
          "clumio_backup"));
    }
  }

  /** Waits, at most 10 s, until the client has taken in a 429: it then holds every request. */
  private void awaitThrottled() {
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (client.adaptiveRateLimit().isEmpty() && System.nanoTime() < end) {
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    assertThat(client.adaptiveRateLimit()).as("the limit during the hold").hasValue(0.0);
  }

  /** The server's milliseconds from the first request (the 429) to the first whose URL has this. */
  private static long millisAfterThe429(String urlPart) {
    List<LoggedRequest> requests = requestsInOrder();
    LoggedRequest next = requests.stream().filter(r -> r.getUrl().contains(urlPart)).findFirst().orElseThrow();
    return next.getLoggedDate().getTime() - requests.get(0).getLoggedDate().getTime();
  }

  private static List<LoggedRequest> requestsInOrder() {
    List<LoggedRequest> requests = new ArrayList<>(wireMock.findAll(WireMock.anyRequestedFor(WireMock.anyUrl())));
    requests.sort(Comparator.comparing(LoggedRequest::getLoggedDate));
    return requests;
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
