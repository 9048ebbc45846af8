package io.github.clumiojava.dynamodb;

import io.github.clumiojava.ClumioRegion;
import io.github.clumiojava.internal.Inputs;
import java.util.Objects;
import java.util.function.UnaryOperator;
import okhttp3.HttpUrl;

/**
 * Configures and builds a {@link DynamoDbBackupClient}.
 *
 * <pre>{@code
 * try (DynamoDbBackupClient client = DynamoDbBackupClient.builder()
 *     .region(ClumioRegion.US_WEST_2)
 *     .build()) {                      // token from CLUMIO_API_TOKEN
 *   DynamoDbTableBackup backup = client.getBackup("b5c1...");
 * }
 * }</pre>
 *
 * <p>Every setting has a default; see each method. A builder is not thread-safe; the client it
 * builds is. Settings are checked when they are set, and the token when {@link #build()} runs.
 * {@link #toString()} never shows the token.
 */
public final class DynamoDbBackupClientBuilder {
  /** The environment variable the token is read from when none is set on the builder. */
  public static final String TOKEN_ENVIRONMENT_VARIABLE = "CLUMIO_API_TOKEN";

  private ClumioRegion region = ClumioRegion.US_WEST_2;
  private HttpUrl baseUrl;
  private String apiToken;
  private String organizationalUnit;
  private UnaryOperator<String> environment = System::getenv;

  DynamoDbBackupClientBuilder() {}

  /**
   * Sets the Clumio region to call. Default: {@link ClumioRegion#US_WEST_2}. Ignored when a
   * {@link #baseUrl(String) base URL} is set.
   *
   * @param region the region
   * @return this builder
   * @throws NullPointerException if {@code region} is null
   */
  public DynamoDbBackupClientBuilder region(ClumioRegion region) {
    this.region = Objects.requireNonNull(region, "region must not be null");
    return this;
  }

  /**
   * Sets the base URL of the API, overriding the region: for a gateway or proxy in front of
   * Clumio, or a local fake in tests. Default: none (the region's URL is used).
   *
   * @param baseUrl an {@code https} URL, or {@code http} to a loopback host ({@code localhost},
   *     {@code 127.0.0.1}, {@code [::1]}); may have a path prefix; no user info, query or fragment
   * @return this builder
   * @throws NullPointerException if {@code baseUrl} is null
   * @throws IllegalArgumentException if the URL is malformed or not allowed, saying why
   */
  public DynamoDbBackupClientBuilder baseUrl(String baseUrl) {
    this.baseUrl = Inputs.requireValidBaseUrl(baseUrl);
    return this;
  }

  /**
   * Sets the API token. Default: the value of the environment variable {@value
   * #TOKEN_ENVIRONMENT_VARIABLE}, read by {@link #build()}.
   *
   * @param apiToken the token; checked by {@link #build()}
   * @return this builder
   * @throws NullPointerException if {@code apiToken} is null
   */
  public DynamoDbBackupClientBuilder apiToken(String apiToken) {
    this.apiToken = Objects.requireNonNull(apiToken, "apiToken must not be null");
    return this;
  }

  /**
   * Runs every call in the context of this organizational unit (sent as {@code
   * x-clumio-organizationalunit-context}). Default: none, the token's own unit.
   *
   * @param organizationalUnitId the unit's id
   * @return this builder
   * @throws NullPointerException if the id is null
   * @throws IllegalArgumentException if the id is blank or holds a control character
   */
  public DynamoDbBackupClientBuilder organizationalUnit(String organizationalUnitId) {
    this.organizationalUnit = Inputs.requireValidHeaderValue("organizationalUnit", organizationalUnitId);
    return this;
  }

  /** Replaces where environment variables are read from; for tests of the default token. */
  DynamoDbBackupClientBuilder environment(UnaryOperator<String> environment) {
    this.environment = Objects.requireNonNull(environment);
    return this;
  }

  /**
   * Builds the client. Sends no request.
   *
   * @return a new client; close it when done
   * @throws IllegalArgumentException if no token is set on the builder or in {@value
   *     #TOKEN_ENVIRONMENT_VARIABLE}, or the token is not a legal header value (the message
   *     never shows the token)
   */
  public DynamoDbBackupClient build() {
    String token = apiToken != null
        ? Inputs.requireValidToken(apiToken, "apiToken(...)")
        : Inputs.requireValidToken(environment.apply(TOKEN_ENVIRONMENT_VARIABLE),
            "environment variable " + TOKEN_ENVIRONMENT_VARIABLE);
    return new DynamoDbBackupClient(effectiveBaseUrl(), token, organizationalUnit);
  }

  HttpUrl effectiveBaseUrl() {
    return baseUrl != null ? baseUrl : Inputs.requireValidBaseUrl(region.baseUrl().toString());
  }

  /**
   * Describes the settings, with the token redacted.
   *
   * @return a description that never contains the token
   */
  @Override
  public String toString() {
    return "DynamoDbBackupClientBuilder[baseUrl=" + effectiveBaseUrl()
        + ", apiToken=" + (apiToken == null ? "<from " + TOKEN_ENVIRONMENT_VARIABLE + ">" : "<redacted>")
        + ", organizationalUnit=" + organizationalUnit + "]";
  }
}
