package io.github.clumiojava.it;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.clumiojava.ClumioCircuitOpenException;
import io.github.clumiojava.ClumioServerException;
import io.github.clumiojava.dynamodb.DynamoDbBackupClientBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Retry never retries an open circuit: with retries on, an open breaker costs one attempt, and a
 * breaker that opens while a call waits for its next attempt stops the call's retries.
 */
class RetryOnOpenCircuitTest extends WireMockTestBase {
  private static final String ERROR = "{\"errors\":[{\"error_code\":1,\"error_message\":\"down\"}]}";

  @Override
  DynamoDbBackupClientBuilder configure(DynamoDbBackupClientBuilder builder) {
    return builder.maxAttempts(5);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void anOpenCircuitFailsAtOnceWithOneAttemptAndNoRequest(Mode mode) {
    client.circuitBreaker().transitionToForcedOpenState();

    ClumioCircuitOpenException e = catchThrowableOfType(ClumioCircuitOpenException.class, () -> mode.get(client, "b-1"));

    assertThat(e.attempts()).isEqualTo(1);
    assertThat(client.retry().getMetrics().getNumberOfFailedCallsWithRetryAttempt()).isZero();
    assertThat(wireMock.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aBreakerThatOpensWhileACallWaitsToRetryStopsItsRetries(Mode mode) {
    wireMock.stubFor(getBackup("b-1").willReturn(errorJson(503, ERROR)));
    // Other calls' failures open the breaker while this one waits for its second attempt.
    client.retry().getEventPublisher().onRetry(event -> client.circuitBreaker().transitionToOpenState());

    ClumioServerException e = catchThrowableOfType(ClumioServerException.class, () -> mode.get(client, "b-1"));

    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.getSuppressed()).anyMatch(ClumioCircuitOpenException.class::isInstance);
    assertThat(wireMock.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
  }
}
