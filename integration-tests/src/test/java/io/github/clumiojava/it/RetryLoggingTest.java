package io.github.clumiojava.it;

import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import io.github.clumiojava.ClumioNotFoundException;
import io.github.clumiojava.dynamodb.DynamoDbBackupClientBuilder;
import org.junit.jupiter.api.Test;

/** Retries are logged at DEBUG with attempt, delay and cause; never the token; no log-and-throw. */
class RetryLoggingTest extends WireMockTestBase {
  private static final String ERROR = "{\"errors\":[{\"error_code\":1,\"error_message\":\"busy\"}]}";

  @Override
  DynamoDbBackupClientBuilder configure(DynamoDbBackupClientBuilder builder) {
    return builder;
  }

  @Test
  void aRetryIsLoggedAtDebugWithAttemptDelayAndCause() {
    wireMock.stubFor(getBackup("b-1").inScenario("s").whenScenarioStateIs(STARTED)
        .willReturn(errorJson(503, ERROR)).willSetStateTo("ok"));
    wireMock.stubFor(getBackup("b-1").inScenario("s").whenScenarioStateIs("ok").willReturn(backupJson("{}")));

    try (LogCapture log = new LogCapture("io.github.clumiojava", Level.TRACE)) {
      client.getBackup("b-1");

      assertThat(log.events()).filteredOn(e -> e.getFormattedMessage().contains("retrying in"))
          .singleElement()
          .satisfies(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.DEBUG);
            assertThat(e.getFormattedMessage()).contains("Attempt 1 of getBackup('b-1')")
                .contains("ClumioServerException").contains("HTTP 503").containsPattern("retrying in \\d+ ms");
          });
      assertThat(log.lines()).noneMatch(line -> line.contains(TOKEN));
    }
  }

  @Test
  void aFailedCallIsNotLoggedAboveDebug() {
    wireMock.stubFor(getBackup("b-1").willReturn(errorJson(404, ERROR)));

    try (LogCapture log = new LogCapture("io.github.clumiojava", Level.TRACE)) {
      catchThrowableOfType(ClumioNotFoundException.class, () -> client.getBackup("b-1"));

      assertThat(log.events()).allMatch(e -> e.getLevel().toInt() <= Level.DEBUG.toInt());
    }
  }
}
