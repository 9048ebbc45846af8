package io.github.clumiojava.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.clumiojava.ClumioCircuitOpenException;
import io.github.clumiojava.ClumioException;
import io.github.clumiojava.ClumioThrottledException;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.dynamodb.DynamoDbBackupClientBuilder;
import io.github.clumiojava.testsupport.TestClock;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.event.CircuitBreakerOnStateTransitionEvent;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The library's default circuit breaker judges calls as their callers experience them, after
 * retries: bursts that retries absorb never open it, throttling never counts, a total outage
 * opens it fast and the client is healthy again within 10 seconds of the outage's end. The
 * breaker's clock is the test's; waits between attempts are real.
 */
class BreakerJudgesCallsTest extends WireMockTestBase {
  private final TestClock clock = new TestClock(RetryTest.NOW);
  private final List<CircuitBreakerOnStateTransitionEvent> transitions = new CopyOnWriteArrayList<>();

  @Override
  DynamoDbBackupClientBuilder configure(DynamoDbBackupClientBuilder builder) {
    return builder.clock(clock); // the library's defaults: 3 attempts, its breaker
  }

  @BeforeEach
  void everyBackupExistsAndTransitionsAreRecorded() {
    wireMock.stubFor(WireMock.get(WireMock.urlPathMatching(BACKUPS_PATH + ".*"))
        .willReturn(backupJson("{\"id\":\"b\"}")));
    client.circuitBreaker().getEventPublisher().onStateTransition(transitions::add);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aCallThatSucceedsAfterRetriesIsOneSuccessToTheBreaker(Mode mode) {
    faults.apply((request, forPath) -> request <= 2 ? 503 : 0);

    mode.get(client, "b-1");

    assertThat(requests()).isEqualTo(3);
    assertThat(client.circuitBreaker().getMetrics().getNumberOfSuccessfulCalls()).isEqualTo(1);
    assertThat(client.circuitBreaker().getMetrics().getNumberOfFailedCalls()).isZero();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aHiccupAtTheStartOfManySequentialCallsNeverOpensTheBreaker(Mode mode) {
    // Ten failed requests in a row, then one request in ten fails.
    faults.apply((request, forPath) -> request <= 10 || request % 10 == 0 ? 503 : 0);
    int successes = 0;

    for (int i = 0; i < 300; i++) {
      if (catchThrowable(() -> mode.get(client, "b-1")) == null) {
        successes++;
      }
    }

    // Requests 1-9 are the three attempts of the first three calls; every later call gets through.
    assertThat(successes).isEqualTo(297);
    assertThat(transitions).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aBurstOfConcurrentCallsThatRetriesAbsorbNeverOpensTheBreaker(Mode mode) throws Exception {
    faults.apply((request, forPath) -> forPath == 1 ? 503 : 0); // every call's first attempt fails

    List<Throwable> outcomes = fromThreads(20, 20, id -> mode.get(client, id));

    assertThat(outcomes).containsOnlyNulls();
    assertThat(requests()).isEqualTo(40);
    assertThat(client.circuitBreaker().getMetrics().getNumberOfFailedCalls()).isZero();
    assertThat(transitions).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aTotalOutageOpensTheBreakerWithinSixtyRequestsForAHundredCalls(Mode mode) {
    faults.apply((request, forPath) -> 500);
    int failedFast = 0;

    for (int i = 0; i < 100; i++) {
      if (catchThrowable(() -> mode.get(client, "b-1")) instanceof ClumioCircuitOpenException) {
        failedFast++;
      }
    }

    assertThat(requests()).isLessThanOrEqualTo(60);
    assertThat(failedFast).isGreaterThanOrEqualTo(80);
    assertThat(client.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void whileOpenCallsFailFastWithNoRequest(Mode mode) {
    faults.apply((request, forPath) -> 500);
    for (int i = 0; i < 10; i++) {
      catchThrowable(() -> mode.get(client, "b-1"));
    }
    int requestsWhenOpened = requests();
    clock.advance(Duration.ofMillis(4_900));

    Throwable failure = catchThrowable(() -> mode.get(client, "b-1"));

    assertThat(failure).isInstanceOf(ClumioCircuitOpenException.class);
    assertThat(requests()).isEqualTo(requestsWhenOpened);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void fiveSecondsAfterAnOutageEndsTheClientIsHealthyAndTheBreakerClosed(Mode mode) {
    faults.apply((request, forPath) -> 500);
    for (int i = 0; i < 10; i++) {
      catchThrowable(() -> mode.get(client, "b-1"));
    }
    assertThat(client.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
    faults.reset(); // the outage ends

    clock.advance(Duration.ofMillis(5_001));
    for (int call = 0; call < 3; call++) {
      assertThat(mode.get(client, "b-1").id()).isEqualTo("b");
    }

    assertThat(client.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void throttlingNeverCountsAgainstTheBreaker(Mode mode) {
    // A server that throttles every request would have the adaptive limit pace the client down
    // to a request a second (90 s here); it is off, so that only the breaker is tested.
    client.close();
    client = configure(DynamoDbBackupClient.builder().baseUrl(wireMock.baseUrl()).apiToken(TOKEN))
        .adaptiveRateLimiting(false).build();
    client.circuitBreaker().getEventPublisher().onStateTransition(transitions::add);
    faults.apply((request, forPath) -> 429);

    for (int i = 0; i < 30; i++) {
      assertThat(catchThrowable(() -> mode.get(client, "b-1"))).isInstanceOf(ClumioThrottledException.class);
    }

    assertThat(requests()).isEqualTo(90); // each call made its three attempts: none failed fast
    assertThat(client.circuitBreaker().getMetrics().getNumberOfFailedCalls()).isZero();
    assertThat(transitions).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aThrottledAttemptIsRetriedAndTheCallSucceeds(Mode mode) {
    faults.apply((request, forPath) -> request == 1 ? 429 : 0);

    assertThat(mode.get(client, "b-1").id()).isEqualTo("b");

    assertThat(requests()).isEqualTo(2);
    assertThat(client.circuitBreaker().getMetrics().getNumberOfSuccessfulCalls()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void failuresThatAreAnswersNeverOpenTheBreaker(Mode mode) {
    faults.apply((request, forPath) -> 404);

    for (int i = 0; i < 30; i++) {
      assertThat(catchThrowable(() -> mode.get(client, "b-1"))).isInstanceOf(ClumioException.class)
          .isNotInstanceOf(ClumioCircuitOpenException.class);
    }

    assertThat(requests()).isEqualTo(30);
    assertThat(transitions).isEmpty();
  }
}
