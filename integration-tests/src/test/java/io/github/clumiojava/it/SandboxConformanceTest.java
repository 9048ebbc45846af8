package io.github.clumiojava.it;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.clumiojava.ClumioNotFoundException;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The CLI sandbox's stubs (from the clumio-backup-cli jar) answer as openapi.yaml says. */
class SandboxConformanceTest {
  @RegisterExtension
  static WireMockExtension sandbox = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().usingFilesUnderClasspath("sandbox"))
      .build();

  @Test
  void everySampleBackupAndTheNotFoundAnswerConformToTheSpec() {
    try (DynamoDbBackupClient client = DynamoDbBackupClient.builder().baseUrl(sandbox.baseUrl()).apiToken("t").build()) {
      for (String id : List.of("sandbox-orders-active", "sandbox-sessions-expired", "sandbox-events-newer")) {
        assertThat(client.getBackup(id).id()).isEqualTo(id);
      }
      catchThrowableOfType(ClumioNotFoundException.class, () -> client.getBackup("anything-else"));
    }

    assertThat(sandbox.getAllServeEvents()).hasSize(4);
    assertThat(OpenApiConformance.violations(sandbox.getAllServeEvents(), true, "")).isEmpty();
  }

  @Test
  void aRequestWithoutTokenGetsClumiosMissingTokenAnswer() throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(sandbox.baseUrl() + "/backups/aws/dynamodb-tables/sandbox-orders-active")).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("359");
    // The request breaks the spec (no token) on purpose; the answer must not.
    assertThat(OpenApiConformance.violations(sandbox.getAllServeEvents(), true, ""))
        .allMatch(v -> v.contains("validation.request.security.missing"));
  }
}
