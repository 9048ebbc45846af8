package io.github.clumiojava.cli;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An embedded fake of the Clumio API on a loopback port: WireMock with the stubs under {@code
 * sandbox/mappings} on the class path, which conform to openapi.yaml, and {@link
 * SandboxBackupList}, which serves the list operation with real paging from {@code
 * sandbox/backups.json}. It serves a few realistic backups and one table with {@value
 * #TABLE_BACKUPS} backups, whose dates are relative to now, and answers any other id with 404.
 */
final class Sandbox implements AutoCloseable {
  /** A backup with indexes, replicas and tags, expiring in 12 days. */
  static final String ACTIVE = "sandbox-orders-active";
  /** A backup that expired 3 days ago. */
  static final String EXPIRED = "sandbox-sessions-expired";
  /** A backup with fields and enum values newer than the spec. */
  static final String NEWER = "sandbox-events-newer";
  static final List<String> SAMPLE_IDS = List.of(ACTIVE, EXPIRED, NEWER);
  /**
   * The table whose backups the sandbox lists: a Clumio backup every 6 hours kept 45 days, a
   * daily AWS snapshot kept 30 days, a manual snapshot kept until deleted, and, newest of all, an
   * on-demand backup that has already expired. Its backups are {@code sandbox-invoices-001}
   * (oldest) to {@code sandbox-invoices-251} (newest), and {@code get} reads each of them.
   */
  static final String TABLE_ID = "sandbox-invoices";
  /** How many backups {@link #TABLE_ID} has: three pages of the list's default 100. */
  static final int TABLE_BACKUPS = 251;
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
   * @param clock the present that the listed backups' times are counted from
   */
  static Sandbox start(int port, Clock clock) {
    WireMockConfiguration options = options()
        .bindAddress("127.0.0.1")
        .usingFilesUnderClasspath("sandbox")
        .extensions(SandboxBackupList.load(clock))
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

  /** The requests the sandbox has answered, oldest first (the last 1000 at most). */
  List<LoggedRequest> requests() {
    List<LoggedRequest> requests = new ArrayList<>(server.getAllServeEvents().stream().map(ServeEvent::getRequest).toList());
    Collections.reverse(requests); // WireMock gives the newest first
    return requests;
  }

  /** Forgets the requests answered so far. */
  void forgetRequests() {
    server.resetRequests();
  }

  @Override
  public void close() {
    server.stop();
  }
}
