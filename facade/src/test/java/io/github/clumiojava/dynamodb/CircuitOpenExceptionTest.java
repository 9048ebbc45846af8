package io.github.clumiojava.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.clumiojava.ClumioCircuitOpenException;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/**
 * The exception of an open circuit: without a stack trace under the library's breaker
 * configuration, as Resilience4j's {@code writableStackTraceEnabled} says under an application's. No request is sent (the port is closed).
 */
class CircuitOpenExceptionTest {
  private static DynamoDbBackupClient openCircuit(DynamoDbBackupClientBuilder builder) {
    DynamoDbBackupClient client = builder.baseUrl("http://127.0.0.1:9").apiToken("token").build();
    client.circuitBreaker().transitionToForcedOpenState();
    return client;
  }

  @Test
  void byDefaultTheExceptionHasNoStackTrace() {
    try (DynamoDbBackupClient client = openCircuit(DynamoDbBackupClient.builder())) {
      ClumioCircuitOpenException e = catchThrowableOfType(ClumioCircuitOpenException.class,
          () -> client.getBackup("b-1"));

      assertThat(e.getStackTrace()).isEmpty();
      assertThat(e.getMessage()).contains("getBackup('b-1') was not sent").contains("FORCED_OPEN");
    }
  }

  @Test
  void anAsyncCallFailsWithTheSameExceptionWithoutStackTrace() {
    try (DynamoDbBackupClient client = openCircuit(DynamoDbBackupClient.builder())) {
      CompletionException e = catchThrowableOfType(CompletionException.class,
          () -> client.getBackupAsync("b-1").join());

      assertThat(e.getCause()).isInstanceOf(ClumioCircuitOpenException.class);
      assertThat(e.getCause().getStackTrace()).isEmpty();
    }
  }

  @Test
  void anApplicationBreakerConfigurationFollowsResilience4jsDefaultAndKeepsStackTraces() {
    try (DynamoDbBackupClient client = openCircuit(DynamoDbBackupClient.builder()
        .circuitBreakerConfig(CircuitBreakerConfig.ofDefaults()))) {
      ClumioCircuitOpenException e = catchThrowableOfType(ClumioCircuitOpenException.class,
          () -> client.getBackup("b-1"));

      assertThat(e.getStackTrace()).isNotEmpty();
    }
  }

  @Test
  void aBreakerConfiguredWithWritableStackTracesGivesTheExceptionOne() {
    CircuitBreakerConfig withStackTraces = CircuitBreakerConfig.custom().writableStackTraceEnabled(true).build();
    try (DynamoDbBackupClient client = openCircuit(DynamoDbBackupClient.builder().circuitBreakerConfig(withStackTraces))) {
      ClumioCircuitOpenException e = catchThrowableOfType(ClumioCircuitOpenException.class,
          () -> client.getBackup("b-1"));

      assertThat(e.getStackTrace()).isNotEmpty();
    }
  }
}
