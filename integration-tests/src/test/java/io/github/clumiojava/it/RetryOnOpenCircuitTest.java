package io.github.clumiojava.it;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.clumiojava.ClumioCircuitOpenException;
import io.github.clumiojava.dynamodb.DynamoDbBackupClientBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Retry never retries an open circuit: with retries on, an open breaker costs one attempt. */
class RetryOnOpenCircuitTest extends WireMockTestBase {
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
}
