package io.github.clumiojava.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import io.github.clumiojava.ClumioRegion;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the builder accepts, refuses, and defaults to. Most tests send no request; those that must
 * show a setting reaching the wire call a {@link LocalServer} on the loopback interface.
 */
class DynamoDbBackupClientBuilderTest {
  private static final String SECRET = "s3cr3t-token-value";
  private static final String ENVIRONMENT_SECRET = "env-t0ken-value";

  private static DynamoDbBackupClientBuilder builderWithEnvironment(Map<String, String> environment) {
    return DynamoDbBackupClient.builder().environment(environment::get);
  }

  /** Calls a timeout setter by its name, so one test can cover all three. */
  private static DynamoDbBackupClientBuilder setTimeout(DynamoDbBackupClientBuilder builder, String setting,
      Duration timeout) {
    return switch (setting) {
      case "connectTimeout" -> builder.connectTimeout(timeout);
      case "readTimeout" -> builder.readTimeout(timeout);
      case "callTimeout" -> builder.callTimeout(timeout);
      default -> throw new IllegalArgumentException(setting);
    };
  }

  @Test
  void missingTokenFailsAtBuildNamingTheEnvironmentVariable() {
    assertThatThrownBy(() -> builderWithEnvironment(Map.of()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CLUMIO_API_TOKEN")
        .hasMessageContaining("apiToken");
  }

  @Test
  void blankTokenInTheEnvironmentFailsAtBuild() {
    assertThatThrownBy(() -> builderWithEnvironment(Map.of("CLUMIO_API_TOKEN", "  ")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CLUMIO_API_TOKEN is blank");
  }

  @Test
  void tokenIsReadFromTheEnvironmentByDefault() throws IOException {
    try (LocalServer server = new LocalServer();
        DynamoDbBackupClient client = builderWithEnvironment(Map.of("CLUMIO_API_TOKEN", ENVIRONMENT_SECRET))
            .baseUrl(server.baseUrl()).build()) {
      client.getBackup("b-1");

      assertThat(server.onlyRequest().getFirst("Authorization")).isEqualTo("Bearer " + ENVIRONMENT_SECRET);
    }
  }

  @Test
  void tokenOnTheBuilderWinsOverTheEnvironment() throws IOException {
    try (LocalServer server = new LocalServer();
        DynamoDbBackupClient client = builderWithEnvironment(Map.of("CLUMIO_API_TOKEN", ENVIRONMENT_SECRET))
            .apiToken(SECRET).baseUrl(server.baseUrl()).build()) {
      client.getBackup("b-1");

      assertThat(server.onlyRequest().getFirst("Authorization")).isEqualTo("Bearer " + SECRET);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"tok en", "tok\nen", "tokén", "tok\u0000en"})
  void tokenThatIsNotAHeaderValueIsRefusedWithoutShowingIt(String token) {
    assertThatThrownBy(() -> builderWithEnvironment(Map.of()).apiToken(token).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not printable ASCII")
        .hasMessageNotContaining(token);
  }

  @Test
  void nullTokenIsRefusedAtOnce() {
    assertThatThrownBy(() -> DynamoDbBackupClient.builder().apiToken(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("apiToken");
  }

  @Test
  void defaultRegionIsUsWest2() {
    assertThat(DynamoDbBackupClient.builder().effectiveBaseUrl())
        .hasToString("https://us-west-2.api.clumio.com/");
  }

  @ParameterizedTest
  @EnumSource(ClumioRegion.class)
  void regionSelectsItsBaseUrl(ClumioRegion region) {
    assertThat(DynamoDbBackupClient.builder().region(region).effectiveBaseUrl().toString())
        .isEqualTo(region.baseUrl() + "/")
        .startsWith("https://" + region.id() + ".");
  }

  @Test
  void baseUrlOverridesTheRegion() {
    assertThat(DynamoDbBackupClient.builder().region(ClumioRegion.EU_CENTRAL_1)
        .baseUrl("https://clumio.gateway.example/api").effectiveBaseUrl())
        .hasToString("https://clumio.gateway.example/api/");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://localhost:8080", "http://127.0.0.1:1", "http://127.1.2.3", "http://[::1]:9000/x"})
  void plainHttpIsAllowedToLoopbackHosts(String url) {
    assertThat(DynamoDbBackupClient.builder().baseUrl(url).effectiveBaseUrl().scheme()).isEqualTo("http");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://api.clumio.com", "http://10.0.0.1", "http://localhost.evil.example", "http://[::2]"})
  void plainHttpToAnyOtherHostIsRefused(String url) {
    assertThatThrownBy(() -> DynamoDbBackupClient.builder().baseUrl(url))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must use https");
  }

  @ParameterizedTest
  @ValueSource(strings = {"not a url", "ftp://example.com", "example.com", ""})
  void malformedBaseUrlIsRefused(String url) {
    assertThatThrownBy(() -> DynamoDbBackupClient.builder().baseUrl(url))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an http or https URL");
  }

  @Test
  void baseUrlWithCredentialsIsRefusedWithoutShowingThem() {
    assertThatThrownBy(() -> DynamoDbBackupClient.builder().baseUrl("https://user:pa55word@example.com"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("user name or password")
        .hasMessageNotContaining("pa55word");
  }

  @Test
  void baseUrlWithQueryIsRefused() {
    assertThatThrownBy(() -> DynamoDbBackupClient.builder().baseUrl("https://example.com/?a=b"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("query");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "ou\n1"})
  void invalidOrganizationalUnitIsRefused(String unit) {
    assertThatThrownBy(() -> DynamoDbBackupClient.builder().organizationalUnit(unit))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("organizationalUnit");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "non-ASCII letter | \u00fcnit      | the character U+00FC | 0",
      "no-break space   | ou\u00a01      | the character U+00A0 | 2",
      "DEL              | ou-\u007f      | the character U+007F | 3",
      "emoji            | ou-\ud83d\ude00 | the character U+1F600 | 3",
      "unpaired surrogate | ou-\ud800x  | an unpaired UTF-16 surrogate U+D800 | 3"})
  void organizationalUnitOutsideTabAndPrintableAsciiIsRefusedNamingTheCharacterAndIndex(String what, String unit,
      String character, int index) {
    assertThatThrownBy(() -> DynamoDbBackupClient.builder().organizationalUnit(unit))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("organizationalUnit holds " + character + " at index " + index)
        .hasMessageContaining("HTTP header value")
        .hasMessageNotContaining(unit);
  }

  @Test
  void organizationalUnitWithATabInsideIsAcceptedAsOkHttpAcceptsIt() {
    assertThat(DynamoDbBackupClient.builder().organizationalUnit("ou\t1").organizationalUnit).isEqualTo("ou\t1");
  }

  @Test
  void organizationalUnitOfPrintableAsciiIsAcceptedAndSentAsGiven() throws IOException {
    StringBuilder printable = new StringBuilder("ou ");
    for (char c = 0x21; c <= 0x7e; c++) {
      printable.append(c);
    }
    String unit = printable.toString();
    try (LocalServer server = new LocalServer();
        DynamoDbBackupClient client = DynamoDbBackupClient.builder().apiToken(SECRET).baseUrl(server.baseUrl())
            .organizationalUnit(unit).build()) {
      client.getBackup("b-1");

      assertThat(server.onlyRequest().getFirst("x-clumio-organizationalunit-context")).isEqualTo(unit);
    }
  }

  @Test
  void nameMayHoldCharactersOutsideAsciiBecauseItIsNeverSent() {
    try (DynamoDbBackupClient client = DynamoDbBackupClient.builder().apiToken(SECRET)
        .name("sauvegardes-\u00e9t\u00e9").build()) {
      assertThat(client.retry().getName()).isEqualTo("sauvegardes-\u00e9t\u00e9");
      assertThat(client.circuitBreaker().getName()).isEqualTo("sauvegardes-\u00e9t\u00e9");
    }
  }

  @Test
  void nameWithAControlCharacterIsRefusedNamingItAndItsIndex() {
    assertThatThrownBy(() -> DynamoDbBackupClient.builder().name("back\nups"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name holds the character U+000A at index 4");
  }

  @ParameterizedTest
  @CsvSource({"connectTimeout, MAX_CONNECT_TIMEOUT", "readTimeout, MAX_READ_TIMEOUT", "callTimeout, MAX_CALL_TIMEOUT"})
  void timeoutLongerThanItsMaximumIsRefusedNamingTheSettingAndTheMaximum(String setting, String maximum) {
    assertThatThrownBy(() -> setTimeout(DynamoDbBackupClient.builder(), setting, Duration.ofHours(24).plusMillis(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(setting + " must be at most PT24H (24 hours, " + maximum + ")");
  }

  @Test
  void callTimeoutTooLargeToComputeADeadlineWithIsRefusedAtTheSetter() {
    assertThatThrownBy(() -> DynamoDbBackupClient.builder().callTimeout(Duration.ofMillis(Long.MAX_VALUE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("callTimeout must be at most PT24H");
  }

  @ParameterizedTest
  @ValueSource(strings = {"connectTimeout", "readTimeout"})
  void connectOrReadTimeoutUnderOneMillisecondIsRefusedAsOkHttpWouldTakeItAsNoTimeout(String setting) {
    assertThatThrownBy(() -> setTimeout(DynamoDbBackupClient.builder(), setting, Duration.ofNanos(999_999)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(setting + " must be at least 1 millisecond");
  }

  @Test
  void theMaximumTimeoutsAreTwentyFourHours() {
    assertThat(List.of(DynamoDbBackupClientBuilder.MAX_CONNECT_TIMEOUT, DynamoDbBackupClientBuilder.MAX_READ_TIMEOUT,
        DynamoDbBackupClientBuilder.MAX_CALL_TIMEOUT)).containsOnly(Duration.ofHours(24));
  }

  @Test
  void aClientWithEveryTimeoutAtItsMaximumAndARateLimiterCompletesACall() throws IOException {
    try (LocalServer server = new LocalServer();
        DynamoDbBackupClient client = DynamoDbBackupClient.builder().apiToken(SECRET).baseUrl(server.baseUrl())
            .connectTimeout(DynamoDbBackupClientBuilder.MAX_CONNECT_TIMEOUT)
            .readTimeout(DynamoDbBackupClientBuilder.MAX_READ_TIMEOUT)
            .callTimeout(DynamoDbBackupClientBuilder.MAX_CALL_TIMEOUT)
            .maxRequestsPerSecond(1).build()) {
      assertThat(client.getBackup("b-1").tags()).isEmpty();
      assertThat(server.requests).hasSize(1);
      assertThat(client.rateLimiter()).hasValueSatisfying(limiter ->
          assertThat(limiter.getRateLimiterConfig().getTimeoutDuration()).isEqualTo(Duration.ofHours(24)));
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {DynamoDbBackupClientBuilder.MAX_RESPONSE_SIZE_LIMIT + 1, Long.MAX_VALUE})
  void maxResponseSizeAboveItsMaximumIsRefusedNamingTheMaximum(long bytes) {
    assertThatThrownBy(() -> DynamoDbBackupClient.builder().maxResponseSize(bytes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxResponseSize must be at most 1073741824 bytes (1 GiB, MAX_RESPONSE_SIZE_LIMIT");
  }

  @Test
  void aClientWithMaxResponseSizeAtItsMaximumCompletesACall() throws IOException {
    try (LocalServer server = new LocalServer();
        DynamoDbBackupClient client = DynamoDbBackupClient.builder().apiToken(SECRET).baseUrl(server.baseUrl())
            .maxResponseSize(DynamoDbBackupClientBuilder.MAX_RESPONSE_SIZE_LIMIT).build()) {
      assertThat(client.getBackup("b-1").tags()).isEmpty();
      assertThat(server.requests).hasSize(1);
    }
  }

  @Test
  void uninitializedSslContextIsRefusedAtTheSetter() throws Exception {
    TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init((KeyStore) null);
    X509TrustManager trustManager = Arrays.stream(factory.getTrustManagers())
        .filter(X509TrustManager.class::isInstance).map(X509TrustManager.class::cast).findFirst().orElseThrow();

    assertThatThrownBy(() -> DynamoDbBackupClient.builder().sslContext(SSLContext.getInstance("TLS"), trustManager))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sslContext is not initialized");
  }

  @Test
  void builderToStringNeverShowsTheToken() {
    assertThat(DynamoDbBackupClient.builder().apiToken(SECRET).toString())
        .doesNotContain(SECRET).contains("<redacted>");
  }

  @Test
  void clientToStringNeverShowsTheToken() {
    try (DynamoDbBackupClient client = DynamoDbBackupClient.builder().apiToken(SECRET).build()) {
      assertThat(client.toString()).doesNotContain(SECRET).contains("us-west-2");
    }
  }

  @Test
  void closedClientRefusesCallsWithIllegalState() {
    DynamoDbBackupClient client = DynamoDbBackupClient.builder().apiToken(SECRET).build();
    client.close();
    client.close();

    assertThatThrownBy(() -> client.getBackup("b-1"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
  }

  @Test
  void adaptiveRateLimitingIsOnByDefaultAndCanBeTurnedOff() {
    assertThat(DynamoDbBackupClient.builder().toString()).contains("adaptiveRateLimiting=true");
    assertThat(DynamoDbBackupClient.builder().adaptiveRateLimiting(false).toString())
        .contains("adaptiveRateLimiting=false");
    try (DynamoDbBackupClient client = DynamoDbBackupClient.builder().apiToken(SECRET).build()) {
      assertThat(client.adaptiveRateLimit()).as("not limiting before any 429").isEmpty();
    }
  }

  @Test
  void closedClientRefusesBulkReadsWithIllegalStateAfterCheckingTheIds() {
    DynamoDbBackupClient client = DynamoDbBackupClient.builder().apiToken(SECRET).build();
    client.close();

    assertThatThrownBy(() -> client.getBackups(List.of("b-1")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    assertThatThrownBy(() -> client.getBackups(List.of("")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("backupIds[0]");
  }

  @Test
  void zeroOrNegativeTimeoutsAreRefusedNamingTheSetting() {
    assertThatThrownBy(() -> DynamoDbBackupClient.builder().connectTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connectTimeout");
    assertThatThrownBy(() -> DynamoDbBackupClient.builder().readTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("readTimeout");
    assertThatThrownBy(() -> DynamoDbBackupClient.builder().callTimeout(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("callTimeout");
  }

  @Test
  void limitsBelowOneAreRefusedNamingTheSetting() {
    assertThatThrownBy(() -> DynamoDbBackupClient.builder().maxAttempts(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAttempts");
    assertThatThrownBy(() -> DynamoDbBackupClient.builder().maxRequestsPerSecond(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRequestsPerSecond");
    assertThatThrownBy(() -> DynamoDbBackupClient.builder().maxConcurrentCalls(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxConcurrentCalls");
  }

  @Test
  void defaultsAreThreeAttemptsAndTheDocumentedBreaker() {
    try (DynamoDbBackupClient client = DynamoDbBackupClient.builder().apiToken(SECRET).build()) {
      assertThat(client.retry().getRetryConfig().getMaxAttempts()).isEqualTo(3);
      assertThat(client.retry().getName()).isEqualTo("clumio-dynamodb-backups");
      var breaker = client.circuitBreaker().getCircuitBreakerConfig();
      assertThat(breaker.getFailureRateThreshold()).isEqualTo(50f);
      assertThat(breaker.getSlidingWindowSize()).isEqualTo(20);
      assertThat(breaker.getMinimumNumberOfCalls()).isEqualTo(10);
      assertThat(breaker.getPermittedNumberOfCallsInHalfOpenState()).isEqualTo(3);
      assertThat(client.rateLimiter()).isEmpty();
      assertThat(client.bulkhead()).isEmpty();
    }
  }

  /**
   * An HTTP server on a free loopback port that answers every request with an empty backup and
   * keeps each request's headers.
   */
  private static final class LocalServer implements AutoCloseable {
    final List<Headers> requests = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    LocalServer() throws IOException {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/", exchange -> {
        requests.add(exchange.getRequestHeaders());
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/api.clumio.backup-aws-dynamodb-tables=v1+json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      });
      server.start();
    }

    String baseUrl() {
      return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The headers of the one request the server received; fails if it received another number. */
    Headers onlyRequest() {
      assertThat(requests).hasSize(1);
      return requests.get(0);
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }
}
