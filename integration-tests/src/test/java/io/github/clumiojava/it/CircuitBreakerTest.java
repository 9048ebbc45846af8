package io.github.clumiojava.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.clumiojava.ClumioCircuitOpenException;
import io.github.clumiojava.ClumioException;
import io.github.clumiojava.ClumioNotFoundException;
import io.github.clumiojava.dynamodb.DynamoDbBackupClientBuilder;
import io.github.clumiojava.testsupport.TestClock;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The circuit breaker with the library's defaults (the last 20 calls, at least 10 calls, 50%,
 * 5 s open, 3 trial calls), on a clock the test moves. One attempt per call, so that calls and
 * requests are the same count. ({@link BreakerJudgesCallsTest} has the defaults' retries too.)
 */
class CircuitBreakerTest extends WireMockTestBase {
  private static final String ERROR = "{\"errors\":[{\"error_code\":1,\"error_message\":\"down\"}]}";
  private final TestClock clock = new TestClock(RetryTest.NOW);

  @Override
  DynamoDbBackupClientBuilder configure(DynamoDbBackupClientBuilder builder) {
    return builder.maxAttempts(1).clock(clock);
  }

  private void failTenCalls(Mode mode) {
    wireMock.stubFor(getBackup("b-1").willReturn(errorJson(500, ERROR)));
    for (int i = 0; i < 10; i++) {
      catchThrowableOfType(ClumioException.class, () -> mode.get(client, "b-1"));
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aServerErrorStormOpensTheBreakerAndTheServerSeesNoRequestWhileOpen(Mode mode) {
    failTenCalls(mode);
    assertThat(client.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);

    ClumioCircuitOpenException e = catchThrowableOfType(ClumioCircuitOpenException.class, () -> mode.get(client, "b-1"));

    assertThat(e.getMessage()).contains("circuit breaker").contains("OPEN");
    assertThat(requests()).isEqualTo(10);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void afterTheOpenDurationTrialCallsCloseTheBreakerWhenTheServiceRecovered(Mode mode) {
    failTenCalls(mode);
    wireMock.stubFor(getBackup("b-1").willReturn(backupJson("{\"id\":\"b-1\"}")));

    clock.advance(Duration.ofMillis(4_900));
    assertThat(catchThrowableOfType(ClumioCircuitOpenException.class, () -> mode.get(client, "b-1"))).isNotNull();
    clock.advance(Duration.ofMillis(200));
    for (int trial = 0; trial < 3; trial++) {
      assertThat(mode.get(client, "b-1").id()).isEqualTo("b-1");
    }

    assertThat(client.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    assertThat(requests()).isEqualTo(13);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aFailedTrialCallOpensTheBreakerAgain(Mode mode) {
    failTenCalls(mode);
    clock.advance(Duration.ofMillis(5_100));

    for (int trial = 0; trial < 3; trial++) {
      catchThrowableOfType(ClumioException.class, () -> mode.get(client, "b-1"));
    }

    assertThat(client.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void notFoundAnswersNeverOpenTheBreaker(Mode mode) {
    wireMock.stubFor(getBackup("b-1").willReturn(errorJson(404, ERROR)));
    for (int i = 0; i < 25; i++) {
      catchThrowableOfType(ClumioNotFoundException.class, () -> mode.get(client, "b-1"));
    }

    assertThat(client.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    assertThat(client.circuitBreaker().getMetrics().getNumberOfFailedCalls()).isZero();
  }
}
