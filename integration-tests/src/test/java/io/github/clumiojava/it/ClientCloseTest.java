package io.github.clumiojava.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.dynamodb.DynamoDbBackupClientBuilder;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import okhttp3.OkHttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Closing a client ends every pending call at once with {@link IllegalStateException}: in flight,
 * waiting for its next attempt, or waiting for a rate-limit permit. Nothing hangs and no retry is
 * made: the server, the retry wait and the permit here would each take far longer than the test
 * waits.
 */
class ClientCloseTest extends WireMockTestBase {
  private static final String ERROR = "{\"errors\":[{\"error_code\":1,\"error_message\":\"later\"}]}";
  private static final long BOUND_SECONDS = 5;

  @Override
  DynamoDbBackupClientBuilder configure(DynamoDbBackupClientBuilder builder) {
    return builder.maxAttempts(3).callTimeout(Duration.ofSeconds(50)).readTimeout(Duration.ofSeconds(50));
  }

  /** Runs a call on a thread of its own (a blocking call must not wait for a free pool thread). */
  private static CompletableFuture<Throwable> inBackground(Mode mode, DynamoDbBackupClient c) {
    CompletableFuture<Throwable> outcome = new CompletableFuture<>();
    Thread caller = new Thread(() -> outcome.complete(catchThrowable(() -> mode.get(c, "b-1"))), "close-test-caller");
    caller.setDaemon(true);
    caller.start();
    return outcome;
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  @ResponseViolatesSpec("the response is cut off when the client closes")
  void closingTheClientEndsACallInFlightWithIllegalStateAndNoRetry(Mode mode) throws Exception {
    wireMock.stubFor(getBackup("b-1").willReturn(backupJson("{\"id\":\"b-1\"}").withFixedDelay(40_000)));
    CompletableFuture<Throwable> failure = inBackground(mode, client);
    awaitRequests(1, Duration.ofSeconds(BOUND_SECONDS));

    client.close();

    assertThat(failure.get(BOUND_SECONDS, TimeUnit.SECONDS))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("was closed during");
    assertThat(requests()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void closingTheClientEndsACallWaitingForItsNextAttempt(Mode mode) throws Exception {
    wireMock.stubFor(getBackup("b-1").willReturn(errorJson(503, ERROR).withHeader("Retry-After", "15")));
    CountDownLatch waiting = new CountDownLatch(1);
    client.retry().getEventPublisher().onRetry(event -> waiting.countDown());
    CompletableFuture<Throwable> failure = inBackground(mode, client);
    assertThat(waiting.await(BOUND_SECONDS, TimeUnit.SECONDS)).isTrue();

    client.close();

    assertThat(failure.get(BOUND_SECONDS, TimeUnit.SECONDS))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("was closed during");
    assertThat(requests()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void closingTheClientEndsACallWaitingForARateLimitPermit(Mode mode) throws Exception {
    wireMock.stubFor(getBackup("b-1").willReturn(backupJson("{\"id\":\"b-1\"}")));
    RateLimiter onePerThirtySeconds = RateLimiter.of("one-per-30s", RateLimiterConfig.custom()
        .limitForPeriod(1).limitRefreshPeriod(Duration.ofSeconds(30)).timeoutDuration(Duration.ofMinutes(1)).build());
    DynamoDbBackupClient limited = DynamoDbBackupClient.builder().baseUrl(wireMock.baseUrl()).apiToken(TOKEN)
        .rateLimiter(onePerThirtySeconds).callTimeout(Duration.ofSeconds(50)).build();
    mode.get(limited, "b-1");
    CompletableFuture<Throwable> failure = inBackground(mode, limited);
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(BOUND_SECONDS);
    while (onePerThirtySeconds.getMetrics().getAvailablePermissions() >= 0 && System.nanoTime() < end) {
      Thread.sleep(5); // until the second call has reserved the next period's permit
    }
    assertThat(onePerThirtySeconds.getMetrics().getAvailablePermissions()).as("the call waits for a permit").isNegative();

    limited.close();

    assertThat(failure.get(BOUND_SECONDS, TimeUnit.SECONDS))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThat(requests()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aCallAfterCloseFailsWithIllegalState(Mode mode) {
    client.close();

    assertThat(catchThrowable(() -> mode.get(client, "b-1"))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThat(requests()).isZero();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  @ResponseViolatesSpec("the responses are cut off when the client closes")
  void aListenerThatThrowsWhenACallIsCancelledDoesNotStopCloseFromEndingTheOthers(Mode mode) throws Exception {
    wireMock.stubFor(getBackup("b-1").willReturn(backupJson("{\"id\":\"b-1\"}").withFixedDelay(40_000)));
    DynamoDbBackupClient c = DynamoDbBackupClient.builder().baseUrl(wireMock.baseUrl()).apiToken(TOKEN)
        .httpClient(new OkHttpClient.Builder().eventListener(new ThrowsWhenCancelled()).build())
        .callTimeout(Duration.ofSeconds(50)).readTimeout(Duration.ofSeconds(50)).build();
    List<CompletableFuture<Throwable>> calls = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      calls.add(inBackground(mode, c));
    }
    awaitRequests(3, Duration.ofSeconds(BOUND_SECONDS));

    c.close();

    for (CompletableFuture<Throwable> call : calls) {
      assertThat(call.get(BOUND_SECONDS, TimeUnit.SECONDS)).isInstanceOf(IllegalStateException.class);
    }
  }
}
