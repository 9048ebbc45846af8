package io.github.clumiojava.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.clumiojava.ClumioServerException;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.dynamodb.DynamoDbBackupClientBuilder;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * In an outage, retries do not multiply the load: the requests that reach the failing service
 * stay at most 1.5 times the calls made, with the breaker kept out of the way so that the
 * budget alone is measured. Throttled retries take nothing from the budget, and the budget does
 * not keep the client down once the outage ends.
 */
class RetryBudgetTest extends WireMockTestBase {
  private static final int CALLS = 200;

  @Override
  DynamoDbBackupClientBuilder configure(DynamoDbBackupClientBuilder builder) {
    // A breaker that never opens: what is measured here is the retry budget alone.
    return builder.circuitBreakerConfig(CircuitBreakerConfig.custom()
        .slidingWindowSize(10_000).minimumNumberOfCalls(10_000).build());
  }

  @BeforeEach
  void everyBackupExists() {
    wireMock.stubFor(WireMock.get(WireMock.urlPathMatching(BACKUPS_PATH + ".*"))
        .willReturn(backupJson("{\"id\":\"b\"}")));
  }

  private List<Throwable> allAtOnce(int calls) {
    List<CompletableFuture<?>> futures = new ArrayList<>();
    for (int i = 0; i < calls; i++) {
      futures.add(client.getBackupAsync("b-" + i));
    }
    List<Throwable> outcomes = new ArrayList<>();
    for (CompletableFuture<?> future : futures) {
      try {
        future.join();
        outcomes.add(null);
      } catch (CompletionException e) {
        outcomes.add(e.getCause());
      }
    }
    return outcomes;
  }

  @Test
  void inAnOutageTwoHundredSynchronousCallersSendAtMostOneAndAHalfRequestsPerCall() throws Exception {
    faults.apply((request, forPath) -> 503);

    List<Throwable> outcomes = fromThreads(50, CALLS, client::getBackup);

    assertThat(outcomes).allMatch(ClumioServerException.class::isInstance);
    assertThat(requests()).isLessThanOrEqualTo(CALLS + 20 + CALLS / 5).isLessThanOrEqualTo(CALLS * 3 / 2);
  }

  @Test
  void inAnOutageTwoHundredAsynchronousCallsAtOnceSendAtMostOneAndAHalfRequestsPerCall() {
    faults.apply((request, forPath) -> 503);

    List<Throwable> outcomes = allAtOnce(CALLS);

    assertThat(outcomes).allMatch(ClumioServerException.class::isInstance);
    assertThat(requests()).isLessThanOrEqualTo(CALLS + 20 + CALLS / 5).isLessThanOrEqualTo(CALLS * 3 / 2);
  }

  @Test
  void throttledRetriesTakeNothingFromTheBudget() {
    // Every call's first attempt is throttled: 60 retries, far more than the budget's 20 + 12.
    // Whatever the rate: the adaptive limit, which would pace this client down to a request a
    // second, is off, so that only the budget is measured.
    client.close();
    client = configure(DynamoDbBackupClient.builder().baseUrl(wireMock.baseUrl()).apiToken(TOKEN))
        .adaptiveRateLimiting(false).build();
    faults.apply((request, forPath) -> forPath == 1 ? 429 : 0);

    List<Throwable> outcomes = allAtOnce(60);

    assertThat(outcomes).containsOnlyNulls();
    assertThat(requests()).isEqualTo(120);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void afterAnOutageTheBudgetRefillsAndRetriesAbsorbOccasionalFailuresAgain(Mode mode) {
    faults.apply((request, forPath) -> 503);
    for (int i = 0; i < 40; i++) {
      catchThrowable(() -> mode.get(client, "b-1"));
    }
    // The outage drained the budget. It ends; one request in ten still fails.
    faults.apply((request, forPath) -> request % 10 == 0 ? 503 : 0);

    for (int i = 0; i < 100; i++) {
      assertThat(mode.get(client, "b-1").id()).isEqualTo("b");
    }
  }
}
