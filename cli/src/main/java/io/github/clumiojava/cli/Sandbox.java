package io.github.clumiojava.cli;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.util.List;

/**
 * An embedded fake of the Clumio API on a loopback port: WireMock with the stubs under {@code
 * sandbox/mappings} on the class path, which conform to openapi.yaml. It serves a few realistic
 * backups, whose dates are relative to now, and answers any other id with 404.
 */
final class Sandbox implements AutoCloseable {
  /** A backup with indexes, replicas and tags, expiring in 12 days. */
  static final String ACTIVE = "sandbox-orders-active";
  /** A backup that expired 3 days ago. */
  static final String EXPIRED = "sandbox-sessions-expired";
  /** A backup with fields and enum values newer than the spec. */
  static final String NEWER = "sandbox-events-newer";
  static final List<String> SAMPLE_IDS = List.of(ACTIVE, EXPIRED, NEWER);
  /** The token the tool sends to the sandbox; the sandbox accepts any. */
  static final String TOKEN = "sandbox-token";

  private final WireMockServer server;

  private Sandbox(WireMockServer server) {
    this.server = server;
  }

  /**
   * Starts the sandbox.
   *
   * @param port the loopback port, or 0 for a free one
   */
  static Sandbox start(int port) {
    WireMockConfiguration options = options()
        .bindAddress("127.0.0.1")
        .usingFilesUnderClasspath("sandbox")
        .notifier(new Slf4jNotifier(false))
        .maxRequestJournalEntries(1000);
    WireMockServer server = new WireMockServer(port == 0 ? options.dynamicPort() : options.port(port));
    server.start();
    return new Sandbox(server);
  }

  /** The base URL to point a client at. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  @Override
  public void close() {
    server.stop();
  }
}
