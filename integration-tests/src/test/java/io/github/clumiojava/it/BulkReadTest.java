package io.github.clumiojava.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.clumiojava.ClumioNotFoundException;
import io.github.clumiojava.ClumioTransportException;
import io.github.clumiojava.dynamodb.BackupResult;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import okhttp3.Call;
import okhttp3.Dispatcher;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** {@code getBackups}: a bulk read that paces itself and streams one result per id as it completes. */
class BulkReadTest extends WireMockTestBase {
  private static List<String> ids(int count) {
    return IntStream.range(0, count).mapToObj(i -> "b-" + i).toList();
  }

  private void serveEveryBackup() {
    wireMock.stubFor(WireMock.get(WireMock.urlPathMatching(BACKUPS_PATH + "b-.*")).willReturn(backupJson("{}")));
  }

  private void serveEveryBackupAfter(int delayMillis) {
    wireMock.stubFor(WireMock.get(WireMock.urlPathMatching(BACKUPS_PATH + "b-.*"))
        .willReturn(backupJson("{}").withFixedDelay(delayMillis)));
  }

  @Test
  void everyIdGetsOneResultWithItsBackup() {
    serveEveryBackup();

    List<BackupResult> results;
    try (Stream<BackupResult> stream = client.getBackups(ids(150))) {
      results = stream.toList();
    }

    assertThat(results).extracting(BackupResult::backupId).containsExactlyInAnyOrderElementsOf(ids(150));
    assertThat(results).allSatisfy(result -> {
      assertThat(result.isSuccess()).isTrue();
      assertThat(result.backup()).isPresent();
      assertThat(result.error()).isEmpty();
    });
    assertThat(requests()).isEqualTo(150);
  }

  @Test
  void resultsComeInTheOrderTheReadsComplete() {
    wireMock.stubFor(getBackup("b-slow").willReturn(backupJson("{}").withFixedDelay(2_000)));
    wireMock.stubFor(getBackup("b-fast").willReturn(backupJson("{}")));

    List<String> order = client.getBackups(List.of("b-slow", "b-fast")).map(BackupResult::backupId).toList();

    assertThat(order).containsExactly("b-fast", "b-slow");
  }

  @Test
  void anIdThatFailsGetsTheExceptionGetBackupWouldThrowAndTheOthersAreRead() {
    serveEveryBackup();
    wireMock.stubFor(getBackup("b-missing").willReturn(errorJson(404,
        "{\"errors\":[{\"error_code\":404,\"error_message\":\"no such backup\"}]}")));

    Map<String, BackupResult> results = client.getBackups(List.of("b-1", "b-missing", "b-2"))
        .collect(Collectors.toMap(BackupResult::backupId, Function.identity()));

    BackupResult missing = results.get("b-missing");
    assertThat(missing.isSuccess()).isFalse();
    assertThat(missing.backup()).isEmpty();
    assertThat(missing.error()).containsInstanceOf(ClumioNotFoundException.class);
    assertThat(missing.error().orElseThrow()).hasMessageContaining("b-missing").hasMessageContaining("404");
    assertThat(results.get("b-1").isSuccess()).isTrue();
    assertThat(results.get("b-2").isSuccess()).isTrue();
  }

  @Test
  void aNullIdIsRefusedBeforeAnyRequestNamingItsPosition() {
    serveEveryBackup();

    assertThatThrownBy(() -> client.getBackups(Arrays.asList("b-1", "b-2", null)))
        .isInstanceOf(NullPointerException.class).hasMessage("backupIds[2] is null");
    assertThat(requests()).isZero();
  }

  @Test
  void anInvalidIdIsRefusedBeforeAnyRequestNamingItsPositionAndTheReason() {
    serveEveryBackup();

    assertThatThrownBy(() -> client.getBackups(List.of("b-1", "..", "b-3")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("backupIds[1] is invalid: backupId must not be '..' (a relative path segment)");
    assertThatThrownBy(() -> client.getBackups(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("backupIds must not be null");
    assertThat(requests()).isZero();
  }

  @Test
  void nothingIsSentBeforeTheStreamIsConsumed() {
    serveEveryBackup();

    Stream<BackupResult> results = client.getBackups(ids(10));

    assertThat(requests()).isZero();
    assertThat(results.count()).as("count() reads them all").isEqualTo(10);
    assertThat(requests()).isEqualTo(10);
  }

  @Test
  void noIdsGiveAnEmptyStream() {
    assertThat(client.getBackups(List.of())).isEmpty();
    assertThat(requests()).isZero();
  }

  @Test
  void aConsumerThatStopsPullingStopsTheReadsAtTheWindow() throws Exception {
    serveEveryBackup();

    try (Stream<BackupResult> results = client.getBackups(ids(1_000))) {
      Iterator<BackupResult> iterator = results.iterator();
      iterator.next();
      awaitRequestsAtLeast(64);
      // Not a wait for the client: room for a client that read ahead to show it.
      TimeUnit.MILLISECONDS.sleep(200);

      assertThat(requests()).as("started: at most 64 ids unread at a time").isEqualTo(64);
    }
  }

  @Test
  @ResponseViolatesSpec("the slow responses are cut off when the stream is closed")
  void closingTheStreamCancelsTheReadsNotYetCompleted() throws Exception {
    wireMock.stubFor(WireMock.get(WireMock.urlPathMatching(BACKUPS_PATH + "slow-.*"))
        .willReturn(backupJson("{}").withFixedDelay(10_000)));
    wireMock.stubFor(getBackup("fast").willReturn(backupJson("{}")));
    AtomicInteger cancelled = new AtomicInteger();
    Dispatcher eightAtOnce = new Dispatcher();
    eightAtOnce.setMaxRequestsPerHost(8);
    OkHttpClient countsCancellations = new OkHttpClient.Builder().dispatcher(eightAtOnce)
        .eventListener(new EventListener() {
          @Override
          public void canceled(Call call) {
            cancelled.incrementAndGet();
          }
        }).build();
    List<String> ids = new ArrayList<>(List.of("fast"));
    ids.addAll(IntStream.range(0, 20).mapToObj(i -> "slow-" + i).toList());

    try (DynamoDbBackupClient watched = DynamoDbBackupClient.builder().baseUrl(wireMock.baseUrl()).apiToken(TOKEN)
        .httpClient(countsCancellations).build()) {
      Stream<BackupResult> results = watched.getBackups(ids);
      assertThat(results.iterator().next().backupId()).isEqualTo("fast");
      awaitRequestsAtLeast(9); // the fast one, and the 8 slow ones the dispatcher runs at once

      results.close();

      long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while (cancelled.get() < 8 && System.nanoTime() < end) {
        TimeUnit.MILLISECONDS.sleep(10);
      }
      assertThat(cancelled.get()).as("HTTP calls in flight cancelled").isEqualTo(8);
      assertThat(requests()).as("the ids waiting for their turn were never sent").isEqualTo(9);
    } finally {
      countsCancellations.dispatcher().executorService().shutdown();
    }
  }

  @Test
  @ResponseViolatesSpec("the responses are cut off when the client closes")
  void closingTheClientEndsTheStreamWithIllegalStateException() {
    serveEveryBackupAfter(10_000);
    Iterator<BackupResult> results = client.getBackups(ids(10)).iterator();
    CompletableFuture<Void> closer = CompletableFuture.runAsync(() -> {
      awaitRequestsAtLeast(10); // all of them, so that none reaches the server after the test
      client.close();
    });

    assertThatThrownBy(results::hasNext).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    closer.join();
  }

  @Test
  @ResponseViolatesSpec("the responses are cut off when the reads are cancelled")
  void aConsumerInterruptedWhileWaitingGetsATransportExceptionAndKeepsItsInterrupt() {
    serveEveryBackupAfter(10_000);
    Iterator<BackupResult> results = client.getBackups(ids(3)).iterator();
    Thread consumer = Thread.currentThread();
    CompletableFuture<Void> interrupter = CompletableFuture.runAsync(() -> {
      awaitRequestsAtLeast(3);
      consumer.interrupt();
    });

    try {
      assertThatThrownBy(results::hasNext).isInstanceOf(ClumioTransportException.class)
          .hasMessageContaining("interrupted");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
      interrupter.join();
    }
  }

  @Test
  void underASlowConfiguredRateLimiterNoIdFailsForWaitingForItsPermit() {
    serveEveryBackup();
    // Ten permits a second, each call's deadline a second: 64 ids reserving permits at once would
    // have all but the first ten refused. The window shrinks to 5 (half a deadline of permits).
    RateLimiter tenPerSecond = RateLimiter.of("ten-per-second", RateLimiterConfig.custom()
        .limitForPeriod(1).limitRefreshPeriod(Duration.ofMillis(100)).timeoutDuration(Duration.ofMinutes(1)).build());

    try (DynamoDbBackupClient limited = DynamoDbBackupClient.builder().baseUrl(wireMock.baseUrl()).apiToken(TOKEN)
        .rateLimiter(tenPerSecond).callTimeout(Duration.ofSeconds(1)).build()) {
      List<BackupResult> results = limited.getBackups(ids(30)).toList();

      assertThat(results).hasSize(30).allMatch(BackupResult::isSuccess);
    }
  }

  @Test
  void idsThatOccurTwiceAreReadTwice() {
    serveEveryBackup();

    assertThat(client.getBackups(List.of("b-1", "b-1")).map(BackupResult::backupId)).containsExactly("b-1", "b-1");
    assertThat(requests()).isEqualTo(2);
  }

  private void awaitRequestsAtLeast(int count) {
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    try {
      while (requests() < count && System.nanoTime() < end) {
        TimeUnit.MILLISECONDS.sleep(5);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    assertThat(requests()).isGreaterThanOrEqualTo(count);
  }
}
