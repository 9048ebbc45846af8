package io.github.clumiojava.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.testsupport.OpenApiConformance;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The conformance check itself catches exchanges that break openapi.yaml. */
class OpenApiConformanceTest {
  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Test
  void aResponseWithAWrongTypeIsAViolation() {
    server.stubFor(get(urlPathEqualTo("/backups/aws/dynamodb-tables/b-1")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", OpenApiConformance.VENDOR_MEDIA_TYPE).withBody("{\"item_count\":\"many\"}")));
    try (DynamoDbBackupClient client = DynamoDbBackupClient.builder().baseUrl(server.baseUrl()).apiToken("t").build()) {
      catchThrowable(() -> client.getBackup("b-1"));
    }

    assertThat(OpenApiConformance.violations(server.getAllServeEvents(), true, ""))
        .anySatisfy(v -> assertThat(v).contains("item_count"));
  }

  @Test
  void aResponseWithAnUndeclaredContentTypeIsAViolation() {
    server.stubFor(get(urlPathEqualTo("/backups/aws/dynamodb-tables/b-1")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody("{}")));
    try (DynamoDbBackupClient client = DynamoDbBackupClient.builder().baseUrl(server.baseUrl()).apiToken("t").build()) {
      client.getBackup("b-1");
    }

    assertThat(OpenApiConformance.violations(server.getAllServeEvents(), true, "")).isNotEmpty();
  }

  @Test
  void aRequestWithoutTokenOrWithAnotherAcceptIsAViolation() throws Exception {
    server.stubFor(get(urlPathEqualTo("/backups/aws/dynamodb-tables/b-1")).willReturn(aResponse().withStatus(404)));
    HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/backups/aws/dynamodb-tables/b-1"))
        .header("Accept", "application/xml").GET().build();
    HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding());

    assertThat(OpenApiConformance.violations(server.getAllServeEvents(), false, ""))
        .anySatisfy(v -> assertThat(v).contains("validation.request.security.missing"))
        .anySatisfy(v -> assertThat(v).contains("validation.request.accept"));
  }
}
