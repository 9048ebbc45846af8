package io.github.clumiojava.cli;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The servers the in-process command tests call: the sandbox, and a stub server whose answers
 * each test sets. Both start once per test class; each test starts with no stubs and no
 * requests remembered.
 */
abstract class CliServers {
  static final String TOKEN = "cli-test-token-8c1f42";
  static final Map<String, String> ENV = Map.of("CLUMIO_API_TOKEN", TOKEN);
  static final String MEDIA_TYPE = "application/api.clumio.backup-aws-dynamodb-tables=v1+json";
  static final String LIST_PATH = "/backups/aws/dynamodb-tables";
  static Sandbox sandbox;
  static WireMockServer stub;

  @BeforeAll
  static void startServers() {
    sandbox = Sandbox.start(0, Clock.systemUTC());
    stub = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
    stub.start();
  }

  @AfterAll
  static void stopServers() {
    sandbox.close();
    stub.stop();
  }

  @BeforeEach
  void forgetEarlierTests() {
    sandbox.forgetRequests();
    stub.resetAll();
  }

  /** Makes the stub server answer every GET whose path matches the regex with this. */
  static void stubAnswer(String pathRegex, int status, String contentType, String body) {
    stub.stubFor(WireMock.get(WireMock.urlPathMatching(pathRegex))
        .willReturn(WireMock.aResponse().withStatus(status).withHeader("Content-Type", contentType).withBody(body)));
  }
}
