package io.github.clumiojava.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clumiojava.ClumioRegion;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the builder accepts, refuses, and defaults to; no request is sent by any of it. */
class DynamoDbBackupClientBuilderTest {
  private static final String SECRET = "s3cr3t-token-value";

  private static DynamoDbBackupClientBuilder builderWithEnvironment(Map<String, String> environment) {
    return DynamoDbBackupClient.builder().environment(environment::get);
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
  void tokenIsReadFromTheEnvironmentByDefault() {
    try (DynamoDbBackupClient client = builderWithEnvironment(Map.of("CLUMIO_API_TOKEN", SECRET)).build()) {
      assertThat(client).isNotNull();
    }
  }

  @Test
  void tokenOnTheBuilderWinsOverTheEnvironment() {
    try (DynamoDbBackupClient client = builderWithEnvironment(Map.of()).apiToken(SECRET).build()) {
      assertThat(client).isNotNull();
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
}
