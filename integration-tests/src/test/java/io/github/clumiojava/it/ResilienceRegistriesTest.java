package io.github.clumiojava.it;

import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.clumiojava.ClumioServerException;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.retry.event.RetryOnRetryEvent;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** An application's own Resilience4j registries and configurations, and the events it can observe. */
class ResilienceRegistriesTest extends WireMockTestBase {
  private static final String ERROR = "{\"errors\":[{\"error_code\":1,\"error_message\":\"x\"}]}";

  @Test
  void theClientsRetryAndCircuitBreakerLiveInTheApplicationsRegistriesUnderItsName() {
    RetryRegistry retries = RetryRegistry.ofDefaults();
    CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();

    try (DynamoDbBackupClient c = DynamoDbBackupClient.builder().baseUrl(wireMock.baseUrl()).apiToken(TOKEN)
        .name("backups-eu").retryRegistry(retries).circuitBreakerRegistry(breakers).build()) {
      assertThat(retries.find("backups-eu")).containsSame(c.retry());
      assertThat(breakers.find("backups-eu")).containsSame(c.circuitBreaker());
      assertThat(c.retry().getRetryConfig().getMaxAttempts()).isEqualTo(3);
    }
  }

  @Test
  void retryEventsCanBeObserved() {
    wireMock.stubFor(getBackup("b-1").inScenario("s").whenScenarioStateIs(STARTED)
        .willReturn(errorJson(503, ERROR)).willSetStateTo("ok"));
    wireMock.stubFor(getBackup("b-1").inScenario("s").whenScenarioStateIs("ok").willReturn(backupJson("{}")));
    List<RetryOnRetryEvent> events = new CopyOnWriteArrayList<>();

    try (DynamoDbBackupClient c = DynamoDbBackupClient.builder().baseUrl(wireMock.baseUrl()).apiToken(TOKEN).build()) {
      c.retry().getEventPublisher().onRetry(events::add);
      c.getBackup("b-1");
    }

    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.getNumberOfRetryAttempts()).isEqualTo(1);
      assertThat(e.getLastThrowable()).isInstanceOf(ClumioServerException.class);
      assertThat(e.getWaitInterval()).isLessThanOrEqualTo(Duration.ofMillis(100));
    });
  }

  @Test
  void anApplicationRetryConfigReplacesTheLibrarysPolicy() {
    wireMock.stubFor(getBackup("b-1").willReturn(errorJson(503, ERROR)));
    RetryConfig twoAttempts = RetryConfig.custom().maxAttempts(2).waitDuration(Duration.ofMillis(10)).build();

    try (DynamoDbBackupClient c = DynamoDbBackupClient.builder().baseUrl(wireMock.baseUrl()).apiToken(TOKEN)
        .retryConfig(twoAttempts).build()) {
      assertThat(catchThrowableOfType(ClumioServerException.class, () -> c.getBackup("b-1")).attempts()).isEqualTo(2);
    }
  }

  @Test
  void anApplicationCircuitBreakerConfigIsUsed() {
    CircuitBreakerConfig config = CircuitBreakerConfig.custom().slidingWindowSize(5).minimumNumberOfCalls(5).build();

    try (DynamoDbBackupClient c = DynamoDbBackupClient.builder().baseUrl(wireMock.baseUrl()).apiToken(TOKEN)
        .circuitBreakerConfig(config).build()) {
      assertThat(c.circuitBreaker().getCircuitBreakerConfig().getSlidingWindowSize()).isEqualTo(5);
    }
  }
}
