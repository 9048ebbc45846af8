package io.github.clumiojava.it;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;

/**
 * A WireMock server on a loopback port that answers every GET with HTTP 200 and one body, and a
 * client of it that makes one attempt per call: for tests that look only at what was sent.
 */
final class OneAnswerServer implements AutoCloseable {
  final WireMockServer server;
  final DynamoDbBackupClient client;

  /**
   * Starts the server.
   *
   * @param body the body of every answer, in Clumio's media type
   */
  OneAnswerServer(String body) {
    server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    server.stubFor(get(anyUrl()).willReturn(WireMock.aResponse().withStatus(200)
        .withHeader("Content-Type", WireMockTestBase.MEDIA_TYPE).withBody(body)));
    client = DynamoDbBackupClient.builder().baseUrl(server.baseUrl()).apiToken("t").maxAttempts(1).build();
  }

  @Override
  public void close() {
    client.close();
    server.stop();
  }
}
