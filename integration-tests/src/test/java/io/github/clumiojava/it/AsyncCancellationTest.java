package io.github.clumiojava.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clumiojava.dynamodb.DynamoDbBackupClientBuilder;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Cancelling the future of {@code getBackupAsync} stops the call: in flight, or between attempts. */
class AsyncCancellationTest extends WireMockTestBase {
  private static final String ERROR = "{\"errors\":[{\"error_code\":1,\"error_message\":\"later\"}]}";

  @Override
  DynamoDbBackupClientBuilder configure(DynamoDbBackupClientBuilder builder) {
    return builder.maxAttempts(5).callTimeout(Duration.ofSeconds(10));
  }

  /** Checks, for {@code period}, that the server sees no more than {@code count} requests. */
  private void assertNoMoreRequestsThan(int count, Duration period) throws InterruptedException {
    long end = System.nanoTime() + period.toNanos();
    while (System.nanoTime() < end) {
      assertThat(requests()).isLessThanOrEqualTo(count);
      Thread.sleep(20);
    }
  }

  @Test
  void cancellingDuringTheWaitBeforeARetryMakesNoFurtherAttempt() throws Exception {
    wireMock.stubFor(getBackup("b-1").willReturn(errorJson(503, ERROR).withHeader("Retry-After", "1")));

    CompletableFuture<DynamoDbTableBackup> future = client.getBackupAsync("b-1");
    awaitRequests(1, Duration.ofSeconds(5));
    assertThat(future.cancel(true)).isTrue();

    assertThat(future).isCancelled();
    assertNoMoreRequestsThan(1, Duration.ofMillis(1_500));
  }

  @Test
  void cancellingWhileTheRequestIsInFlightCancelsTheHttpCallAndMakesNoRetry() throws Exception {
    wireMock.stubFor(getBackup("b-1").willReturn(errorJson(503, ERROR).withFixedDelay(300)));

    CompletableFuture<DynamoDbTableBackup> future = client.getBackupAsync("b-1");
    awaitRequests(1, Duration.ofSeconds(5));
    future.cancel(true);

    assertThat(future).isCancelled();
    assertNoMoreRequestsThan(1, Duration.ofMillis(1_000));
    assertThat(client.retry().getMetrics().getNumberOfFailedCallsWithRetryAttempt()
        + client.retry().getMetrics().getNumberOfSuccessfulCallsWithRetryAttempt()).isZero();
  }

  @Test
  void theAsyncCallBlocksNoThreadWhileWaitingToRetry() throws Exception {
    wireMock.stubFor(getBackup("b-1").willReturn(errorJson(503, ERROR).withHeader("Retry-After", "1")));
    int threadsBefore = Thread.activeCount();

    CompletableFuture<DynamoDbTableBackup> future = client.getBackupAsync("b-1");

    assertThat(future).isNotDone();
    awaitRequests(1, Duration.ofSeconds(5));
    // The caller got its future at once; the wait is a scheduled task on the client's one timer thread.
    assertThat(Thread.activeCount()).isLessThanOrEqualTo(threadsBefore + 3);
    future.cancel(true);
  }
}
