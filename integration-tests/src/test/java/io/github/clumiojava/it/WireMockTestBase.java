package io.github.clumiojava.it;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.dynamodb.DynamoDbBackupClientBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import ch.qos.logback.classic.Level;
import io.github.clumiojava.testsupport.OpenApiConformance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A WireMock server on a free loopback port, a client pointed at it, and after every test a check
 * that each request the client sent and each response the test stubbed conforms to openapi.yaml.
 */
abstract class WireMockTestBase {
  static final String TOKEN = "test-token-3f9a0c1d7e";
  static final String BACKUPS_PATH = "/backups/aws/dynamodb-tables/";
  static final String MEDIA_TYPE = "application/api.clumio.backup-aws-dynamodb-tables=v1+json";

  /** Failures injected into the answers of {@link #wireMock}; none unless a test applies a rule. */
  static final ServerFaults faults = new ServerFaults();

  @RegisterExtension
  static WireMockExtension wireMock = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().containerThreads(250).extensions(faults))
      .build();

  protected DynamoDbBackupClient client;
  private LogCapture clientLogs;

  /**
   * Captures everything the client logs. (Not OkHttp's own logging: OkHttp's core logs no
   * headers at any level, so a check of it could not fail; an application that adds a logging
   * interceptor of its own decides what that logs.)
   */
  @BeforeEach
  void captureAllLoggingAtTrace() {
    clientLogs = new LogCapture("io.github.clumiojava", Level.TRACE);
  }

  @AfterEach
  void theTokenAppearsInNoLogLine() {
    List<String> lines = clientLogs.lines();
    clientLogs.close();
    if (requests() > 0) {
      // The capture works: every request the client sends is logged at DEBUG.
      assertThat(lines).as("the client's log lines at TRACE").isNotEmpty();
    }
    assertThat(lines).as("the client's log lines at TRACE").noneMatch(line -> line.contains(token()));
  }

  @BeforeEach
  void createClient() {
    faults.reset();
    client = configure(DynamoDbBackupClient.builder().baseUrl(serverUrl()).apiToken(token())).build();
  }

  /** The base URL of the test's client: the WireMock server's, with {@link #basePath()}. */
  String serverUrl() {
    return wireMock.baseUrl() + basePath();
  }

  /** The API token of the test's client. */
  String token() {
    return TOKEN;
  }

  /**
   * Settings of the test's client beyond base URL and token. By default one attempt per call,
   * so that each test sees exactly one exchange per call; resilience tests override this.
   */
  DynamoDbBackupClientBuilder configure(DynamoDbBackupClientBuilder builder) {
    return builder.maxAttempts(1);
  }

  /**
   * Makes {@code calls} calls (backup ids b-0, b-1, ...) from {@code threads} threads at once and
   * returns what each ended with: null for success, else its exception.
   */
  List<Throwable> fromThreads(int threads, int calls, Consumer<String> call) throws Exception {
    ExecutorService callers = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Throwable>> futures = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        String id = "b-" + i;
        futures.add(callers.submit(() -> catchThrowable(() -> call.accept(id))));
      }
      List<Throwable> outcomes = new ArrayList<>();
      for (Future<Throwable> future : futures) {
        outcomes.add(future.get(60, TimeUnit.SECONDS));
      }
      return outcomes;
    } finally {
      callers.shutdownNow();
    }
  }

  /** How many requests the server has received so far. */
  int requests() {
    return wireMock.findAll(WireMock.anyRequestedFor(WireMock.anyUrl())).size();
  }

  /** Waits, at most {@code bound}, until the server has seen {@code count} requests. */
  void awaitRequests(int count, java.time.Duration bound) throws InterruptedException {
    long end = System.nanoTime() + bound.toNanos();
    while (requests() < count && System.nanoTime() < end) {
      Thread.sleep(10);
    }
    assertThat(requests()).isEqualTo(count);
  }

  /** The path prefix the client's base URL has in front of the spec's paths. */
  String basePath() {
    return "";
  }

  @AfterEach
  void closeClientAndCheckConformance(TestInfo test) {
    client.close();
    boolean checkResponses = test.getTestMethod().map(m -> !m.isAnnotationPresent(ResponseViolatesSpec.class)).orElse(true);
    List<String> violations = OpenApiConformance.violations(wireMock.getAllServeEvents(), checkResponses, basePath());
    assertThat(violations).as("requests and responses must conform to openapi.yaml").isEmpty();
  }

  /** A stub for one backup id. */
  MappingBuilder getBackup(String backupId) {
    return WireMock.get(WireMock.urlPathEqualTo(basePath() + BACKUPS_PATH + backupId));
  }

  /** A 200 answer with the API's media type and the given body. */
  static ResponseDefinitionBuilder backupJson(String body) {
    return WireMock.aResponse().withStatus(200).withHeader("Content-Type", MEDIA_TYPE).withBody(body);
  }

  /** An error answer with Clumio's JSON error list. */
  static ResponseDefinitionBuilder errorJson(int status, String body) {
    return WireMock.aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  static String resource(String name) {
    try (InputStream in = WireMockTestBase.class.getResourceAsStream("/backups/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource /backups/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
