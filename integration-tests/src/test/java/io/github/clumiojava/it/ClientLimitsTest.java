package io.github.clumiojava.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.clumiojava.ClumioLimitExceededException;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The optional rate limiter and bulkhead: consulted for every request, refusing before any is sent. */
class ClientLimitsTest extends WireMockTestBase {
  @Test
  void aRateLimiterWithNoPermitBeforeTheDeadlineRefusesTheCall() {
    wireMock.stubFor(getBackup("b-1").willReturn(backupJson("{}")));
    RateLimiter twoPerHour = RateLimiter.of("two-per-hour", RateLimiterConfig.custom()
        .limitForPeriod(2).limitRefreshPeriod(Duration.ofHours(1)).timeoutDuration(Duration.ofHours(1)).build());

    try (DynamoDbBackupClient limited = DynamoDbBackupClient.builder().baseUrl(wireMock.baseUrl()).apiToken(TOKEN)
        .rateLimiter(twoPerHour).callTimeout(Duration.ofMillis(500)).build()) {
      limited.getBackup("b-1");
      limited.getBackup("b-1");
      ClumioLimitExceededException e = catchThrowableOfType(ClumioLimitExceededException.class, () -> limited.getBackup("b-1"));

      assertThat(e.getMessage()).contains("rate limiter 'two-per-hour'");
      assertThat(e.attempts()).isEqualTo(1);
    }
    assertThat(requests()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void everyRequestTakesAPermitFromTheRateLimiter(Mode mode) {
    wireMock.stubFor(getBackup("b-1").willReturn(backupJson("{}")));
    RateLimiter threePerHour = RateLimiter.of("three-per-hour", RateLimiterConfig.custom()
        .limitForPeriod(3).limitRefreshPeriod(Duration.ofHours(1)).timeoutDuration(Duration.ofHours(1)).build());

    try (DynamoDbBackupClient limited = DynamoDbBackupClient.builder().baseUrl(wireMock.baseUrl()).apiToken(TOKEN)
        .rateLimiter(threePerHour).build()) {
      for (int i = 0; i < 3; i++) {
        mode.get(limited, "b-1");
      }

      assertThat(threePerHour.getMetrics().getAvailablePermissions()).isZero();
    }
  }

  @Test
  void maxRequestsPerSecondBuildsALimiterOfThatRate() {
    try (DynamoDbBackupClient limited = DynamoDbBackupClient.builder().baseUrl(wireMock.baseUrl()).apiToken(TOKEN)
        .maxRequestsPerSecond(50).build()) {
      assertThat(limited.rateLimiter()).hasValueSatisfying(r -> {
        assertThat(r.getRateLimiterConfig().getLimitForPeriod()).isEqualTo(50);
        assertThat(r.getRateLimiterConfig().getLimitRefreshPeriod()).isEqualTo(Duration.ofSeconds(1));
      });
    }
  }

  @Test
  void anAsyncCallWaitsForItsPermitWithoutBlockingTheCallerAndSendsNothingMeanwhile() throws Exception {
    wireMock.stubFor(getBackup("b-1").willReturn(backupJson("{}")));
    // One permit per 10 s period, the first period starting now: the second call waits for the next.
    RateLimiter onePerTenSeconds = RateLimiter.of("one-per-10s", RateLimiterConfig.custom()
        .limitForPeriod(1).limitRefreshPeriod(Duration.ofSeconds(10)).timeoutDuration(Duration.ofMinutes(1)).build());

    try (DynamoDbBackupClient limited = DynamoDbBackupClient.builder().baseUrl(wireMock.baseUrl()).apiToken(TOKEN)
        .rateLimiter(onePerTenSeconds).callTimeout(Duration.ofSeconds(30)).build()) {
      limited.getBackupAsync("b-1").get();
      CompletableFuture<DynamoDbTableBackup> waiting = limited.getBackupAsync("b-1");

      assertThat(waiting).isNotDone();
      assertThat(onePerTenSeconds.getMetrics().getAvailablePermissions()).as("a permit is reserved").isNegative();
      waiting.cancel(true);
    }
    assertThat(requests()).isEqualTo(1);
  }

  @Test
  void aFullBulkheadRefusesTheCallAtOnce() throws Exception {
    wireMock.stubFor(getBackup("slow").willReturn(backupJson("{}").withFixedDelay(3_000)));

    try (DynamoDbBackupClient limited = DynamoDbBackupClient.builder().baseUrl(wireMock.baseUrl()).apiToken(TOKEN)
        .maxConcurrentCalls(1).build()) {
      CompletableFuture<DynamoDbTableBackup> inFlight = limited.getBackupAsync("slow");
      awaitRequests(1, Duration.ofSeconds(5));
      ClumioLimitExceededException e = catchThrowableOfType(ClumioLimitExceededException.class, () -> limited.getBackup("slow"));

      assertThat(e.getMessage()).contains("bulkhead").contains("1 concurrent calls");
      assertThat(inFlight.get()).isNotNull();
      assertThat(limited.getBackup("slow")).as("the slot is free again").isNotNull();
    }
    assertThat(requests()).isEqualTo(2);
  }
}
