package io.github.clumiojava.it;

import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.clumiojava.ClumioServerException;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.dynamodb.DynamoDbBackupClientBuilder;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.retry.event.RetryOnRetryEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** An application's own Resilience4j registries and configurations, and the events it can observe. */
class ResilienceRegistriesTest extends WireMockTestBase {
  private static final String ERROR = "{\"errors\":[{\"error_code\":1,\"error_message\":\"x\"}]}";

  private final RetryRegistry retries = RetryRegistry.ofDefaults();
  private final CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();

  /** A builder for a client named {@code name} whose instances live in this test's registries. */
  private DynamoDbBackupClientBuilder inRegistries(String name) {
    return DynamoDbBackupClient.builder().baseUrl(wireMock.baseUrl()).apiToken(TOKEN).name(name)
        .retryRegistry(retries).circuitBreakerRegistry(breakers);
  }

  @Test
  void theClientsRetryAndCircuitBreakerLiveInTheApplicationsRegistriesUnderItsName() {
    try (DynamoDbBackupClient c = inRegistries("backups-eu").build()) {
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

  @Test
  void aRetryTheApplicationRegisteredUnderTheClientsNameIsRefusedWithAMessage() {
    Retry applications = retries.retry("backups"); // the application's: Resilience4j's defaults retry a 404

    assertThatThrownBy(() -> inRegistries("backups").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("The RetryRegistry already holds a Retry named 'backups' that this library did not "
            + "create")
        .hasMessageContaining("give the client another name(...) or remove that Retry from the registry")
        .hasMessageNotContaining(TOKEN);
    assertThat(retries.find("backups")).containsSame(applications);
  }

  @Test
  void aCircuitBreakerTheApplicationRegisteredUnderTheClientsNameIsRefusedWithAMessage() {
    CircuitBreaker applications = breakers.circuitBreaker("backups");

    assertThatThrownBy(() -> inRegistries("backups").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("The CircuitBreakerRegistry already holds a CircuitBreaker named 'backups' that this "
            + "library did not create")
        .hasMessageContaining("give the client another name(...) or remove that CircuitBreaker from the registry")
        .hasMessageNotContaining(TOKEN);
    assertThat(breakers.find("backups")).containsSame(applications);
  }

  @Test
  void twoClientsOfTheSameNameAndSettingsInOneRegistryShareTheInstances() {
    try (DynamoDbBackupClient first = inRegistries("backups").maxAttempts(2).build();
        DynamoDbBackupClient second = inRegistries("backups").maxAttempts(2).build()) {
      assertThat(second.retry()).isSameAs(first.retry()).isSameAs(retries.retry("backups"));
      assertThat(second.circuitBreaker()).isSameAs(first.circuitBreaker()).isSameAs(breakers.circuitBreaker("backups"));
      assertThat(second.retry().getRetryConfig().getMaxAttempts()).isEqualTo(2);
    }
  }

  @Test
  void aClientOfTheSameNameWithOtherMaxAttemptsIsRefusedWithAMessage() {
    try (DynamoDbBackupClient first = inRegistries("backups").maxAttempts(3).build()) {
      assertThatThrownBy(() -> inRegistries("backups").maxAttempts(5).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("The RetryRegistry already holds a Retry named 'backups' that another client of "
              + "this library created for a different policy (the library's retry policy with maxAttempts 3; "
              + "this client asks for the library's retry policy with maxAttempts 5)")
          .hasMessageContaining("give this client another name(...) or the same settings");
      assertThat(retries.find("backups")).containsSame(first.retry());
    }
  }

  @Test
  void aClientOfTheSameNameWhoseLibraryBreakerHasAnotherClockIsRefused() {
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    Clock otherClock = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    try (DynamoDbBackupClient first = inRegistries("backups").clock(clock).build()) {
      assertThatThrownBy(() -> inRegistries("backups").clock(otherClock).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("The CircuitBreakerRegistry already holds a CircuitBreaker named 'backups' that "
              + "another client of this library created for a different policy");
      assertThat(breakers.find("backups")).containsSame(first.circuitBreaker());
    }
  }

  @Test
  void twoClientsOfTheSameNameGivenTheSameRetryConfigObjectShareTheRetry() {
    RetryConfig config = RetryConfig.custom().maxAttempts(2).build();
    try (DynamoDbBackupClient first = inRegistries("backups").retryConfig(config).build();
        DynamoDbBackupClient second = inRegistries("backups").retryConfig(config).build()) {
      assertThat(second.retry()).isSameAs(first.retry());
    }
  }

  @Test
  void aClientOfTheSameNameGivenAnotherRetryConfigObjectIsRefused() {
    try (DynamoDbBackupClient first = inRegistries("backups").retryConfig(RetryConfig.custom().maxAttempts(2).build())
        .build()) {
      assertThatThrownBy(() -> inRegistries("backups").retryConfig(RetryConfig.custom().maxAttempts(2).build()).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("that another client of this library created for a different policy (the "
              + "RetryConfig given to retryConfig(...)");
      assertThat(retries.find("backups")).containsSame(first.retry());
    }
  }

  @Test
  void aRefusedClientAddsNothingToTheRegistriesAndStartsNoThread() {
    breakers.circuitBreaker("refused-backups");

    assertThatThrownBy(() -> inRegistries("refused-backups").build()).isInstanceOf(IllegalArgumentException.class);

    assertThat(retries.find("refused-backups")).isEmpty();
    assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
        .doesNotContain("refused-backups-scheduler");
  }
}
