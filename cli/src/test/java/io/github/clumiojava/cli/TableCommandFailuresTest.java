package io.github.clumiojava.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code list} and {@code latest} exit with the status of a failed page as {@code get} does for
 * a failed read: the same {@link ExitStatus}, the same plain lines on stderr.
 */
class TableCommandFailuresTest extends CliServers {
  private static CliRun run(String command, String maxAttempts) {
    return CliRun.run(ENV, command, "--table-id", "t-1", "--base-url", stub.baseUrl(), "--max-attempts", maxAttempts);
  }

  private static String error(String message) {
    return "{\"errors\":[{\"error_code\":7,\"error_message\":\"" + message + "\"}]}";
  }

  @ParameterizedTest(name = "{0}: HTTP {1}")
  @CsvSource({"list, 401", "list, 403", "latest, 401", "latest, 403"})
  void aRefusedTokenExitsWithFourWithoutRetrying(String command, int httpStatus) {
    stubAnswer(LIST_PATH, httpStatus, "application/json", error("token refused"));

    CliRun run = run(command, "3");

    assertThat(run.status()).isEqualTo(4);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("error: ").contains("token refused").contains("(HTTP status " + httpStatus + ")");
    assertThat(stub.getAllServeEvents()).hasSize(1);
  }

  @ParameterizedTest(name = "{0}: HTTP {1} on every attempt")
  @CsvSource({"list, 500", "list, 503", "latest, 500", "latest, 503"})
  void aServiceStillFailingAfterRetriesExitsWithFive(String command, int httpStatus) {
    stubAnswer(LIST_PATH, httpStatus, "application/json", error("service down"));

    CliRun run = run(command, "2");

    assertThat(run.status()).isEqualTo(5);
    assertThat(run.err()).contains("service down").contains("(HTTP status " + httpStatus + ")").doesNotContain("\tat ");
    assertThat(stub.getAllServeEvents()).as("both attempts made").hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"list", "latest"})
  void aServiceThatCannotBeReachedExitsWithFive(String command) {
    CliRun run = CliRun.run(ENV, command, "--table-id", "t-1", "--base-url", "http://127.0.0.1:1", "--max-attempts", "1");

    assertThat(run.status()).isEqualTo(5);
    assertThat(run.err()).startsWith("error: ").contains("failed");
  }

  @ParameterizedTest
  @ValueSource(strings = {"list", "latest"})
  void aPageThatIsNotReadableExitsWithSix(String command) {
    stubAnswer(LIST_PATH, 200, MEDIA_TYPE, "{\"_embedded\": {\"items\": [{\"id\": ");

    CliRun run = run(command, "1");

    assertThat(run.status()).isEqualTo(6);
  }

  @ParameterizedTest
  @ValueSource(strings = {"list", "latest"})
  void aMissingTokenIsAUsageError(String command) {
    CliRun run = CliRun.run(Map.of(), command, "--table-id", "t-1", "--base-url", stub.baseUrl());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("CLUMIO_API_TOKEN");
    assertThat(stub.getAllServeEvents()).isEmpty();
  }
}
