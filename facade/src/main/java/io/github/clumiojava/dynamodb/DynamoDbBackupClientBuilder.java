package io.github.clumiojava.dynamodb;

import io.github.clumiojava.ClumioRegion;
import io.github.clumiojava.internal.Inputs;
import io.github.clumiojava.internal.ResilienceDefaults;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import java.net.Proxy;
import java.net.ProxySelector;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

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
 * builds is. Settings are checked when they are set, and the token and the application's
 * Resilience4j registries when {@link #build()} runs: a value the client could not use on every
 * call is refused there and then, with an {@link IllegalArgumentException} naming the setting,
 * rather than failing each call later. Durations and sizes have documented maximums ({@link
 * #MAX_CONNECT_TIMEOUT}, {@link #MAX_READ_TIMEOUT}, {@link #MAX_CALL_TIMEOUT}, {@link
 * #MAX_RESPONSE_SIZE_LIMIT}). {@link #toString()} never shows the token.
 *
 * <p><b>The application's registries.</b> With {@link #retryRegistry(RetryRegistry)} or {@link
 * #circuitBreakerRegistry(CircuitBreakerRegistry)}, the client's instance is looked up in the
 * registry under {@link #name(String)}. If there is none, the client creates it there with its
 * policy. If there is one, the client shares it only when another client of this library created
 * it for the same policy: the library's retry policy with the same {@link #maxAttempts(int)}, the
 * library's circuit breaker with an equal {@link #clock(Clock)}, or the very same {@link
 * #retryConfig(RetryConfig)} / {@link #circuitBreakerConfig(CircuitBreakerConfig)} object.
 * Otherwise {@link #build()} throws an {@link IllegalArgumentException} naming the registry, the
 * instance and why, rather than run with a policy it did not ask for (Resilience4j would hand back
 * the existing instance and ignore the client's configuration).
 */
public final class DynamoDbBackupClientBuilder {
  /** The environment variable the token is read from when none is set on the builder. */
  public static final String TOKEN_ENVIRONMENT_VARIABLE = "CLUMIO_API_TOKEN";

  /** The largest response body accepted by default: 8 MiB. */
  public static final long DEFAULT_MAX_RESPONSE_SIZE = 8L * 1024 * 1024;

  /** The name of the client's Retry, CircuitBreaker, RateLimiter and Bulkhead by default. */
  public static final String DEFAULT_NAME = "clumio-dynamodb-backups";

  /**
   * The longest {@link #connectTimeout(Duration) connect timeout} accepted: 24 hours. OkHttp keeps
   * its timeouts as whole milliseconds in an {@code int} (about 24.8 days at most).
   */
  public static final Duration MAX_CONNECT_TIMEOUT = Duration.ofHours(24);

  /**
   * The longest {@link #readTimeout(Duration) read timeout} accepted: 24 hours. OkHttp keeps its
   * timeouts as whole milliseconds in an {@code int} (about 24.8 days at most).
   */
  public static final Duration MAX_READ_TIMEOUT = Duration.ofHours(24);

  /**
   * The longest {@link #callTimeout(Duration) call timeout} accepted: 24 hours. Every call computes
   * its deadline in nanoseconds of {@link System#nanoTime()}, and so does a rate limiter's wait;
   * this keeps both far from overflowing.
   */
  public static final Duration MAX_CALL_TIMEOUT = Duration.ofHours(24);

  /**
   * The largest value {@link #maxResponseSize(long)} accepts: 1 GiB. A response body is held in
   * one byte array and parsed whole, and Java arrays end short of 2 GiB.
   */
  public static final long MAX_RESPONSE_SIZE_LIMIT = 1L << 30;

  ClumioRegion region = ClumioRegion.US_WEST_2;
  HttpUrl baseUrl;
  String apiToken;
  String organizationalUnit;
  Duration connectTimeout = Duration.ofSeconds(10);
  Duration readTimeout = Duration.ofSeconds(30);
  Duration callTimeout = Duration.ofSeconds(60);
  int maxAttempts = ResilienceDefaults.MAX_ATTEMPTS;
  String name = DEFAULT_NAME;
  RetryConfig retryConfig;
  RetryRegistry retryRegistry;
  CircuitBreakerConfig circuitBreakerConfig;
  CircuitBreakerRegistry circuitBreakerRegistry;
  RateLimiter rateLimiter;
  Integer maxRequestsPerSecond;
  boolean adaptiveRateLimiting = true;
  Bulkhead bulkhead;
  Integer maxConcurrentCalls;
  Clock clock = Clock.systemUTC();
  long maxResponseSize = DEFAULT_MAX_RESPONSE_SIZE;
  OkHttpClient httpClient;
  Executor completionExecutor;
  SSLContext sslContext;
  X509TrustManager trustManager;
  Proxy proxy;
  ProxySelector proxySelector;
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
   * @param organizationalUnitId the unit's id: what an HTTP header value may carry, that is tab
   *     and printable ASCII (U+0020 to U+007E)
   * @return this builder
   * @throws NullPointerException if the id is null
   * @throws IllegalArgumentException if the id is blank or holds any other character (the message
   *     names the character's code point and index, never the id)
   */
  public DynamoDbBackupClientBuilder organizationalUnit(String organizationalUnitId) {
    this.organizationalUnit = Inputs.requireValidHeaderValue("organizationalUnit", organizationalUnitId);
    return this;
  }

  /**
   * Sets the TCP and TLS connect timeout of each attempt. Default: 10 seconds.
   *
   * @param timeout from 1 millisecond to {@link #MAX_CONNECT_TIMEOUT} (24 hours). OkHttp counts
   *     whole milliseconds and would take less than one as no timeout at all.
   * @return this builder
   * @throws NullPointerException if {@code timeout} is null
   * @throws IllegalArgumentException if {@code timeout} is shorter than 1 millisecond or longer
   *     than {@link #MAX_CONNECT_TIMEOUT}
   */
  public DynamoDbBackupClientBuilder connectTimeout(Duration timeout) {
    this.connectTimeout = wholeMillis("connectTimeout", timeout, MAX_CONNECT_TIMEOUT, "MAX_CONNECT_TIMEOUT");
    return this;
  }

  /**
   * Sets the longest wait for the next bytes of an answer within an attempt (and for the socket
   * to take the next bytes of a request). Default: 30 seconds.
   *
   * @param timeout from 1 millisecond to {@link #MAX_READ_TIMEOUT} (24 hours). OkHttp counts whole
   *     milliseconds and would take less than one as no timeout at all.
   * @return this builder
   * @throws NullPointerException if {@code timeout} is null
   * @throws IllegalArgumentException if {@code timeout} is shorter than 1 millisecond or longer
   *     than {@link #MAX_READ_TIMEOUT}
   */
  public DynamoDbBackupClientBuilder readTimeout(Duration timeout) {
    this.readTimeout = wholeMillis("readTimeout", timeout, MAX_READ_TIMEOUT, "MAX_READ_TIMEOUT");
    return this;
  }

  /**
   * Sets the deadline of a whole call: every attempt, every wait between attempts and every wait
   * for a rate-limit permit included. Whatever the server does, a call returns or throws within
   * it (plus a small margin). Default: 60 seconds.
   *
   * @param timeout a positive duration, at most {@link #MAX_CALL_TIMEOUT} (24 hours)
   * @return this builder
   * @throws NullPointerException if {@code timeout} is null
   * @throws IllegalArgumentException if {@code timeout} is zero, negative, or longer than {@link
   *     #MAX_CALL_TIMEOUT}
   */
  public DynamoDbBackupClientBuilder callTimeout(Duration timeout) {
    this.callTimeout = atMost("callTimeout", positive("callTimeout", timeout), MAX_CALL_TIMEOUT, "MAX_CALL_TIMEOUT");
    return this;
  }

  /**
   * Sets how many attempts a call makes at most, the first one included; 1 turns retries off.
   * Default: 3. Ignored when a {@link #retryConfig(RetryConfig) RetryConfig} is given.
   *
   * @param maxAttempts 1 or more
   * @return this builder
   * @throws IllegalArgumentException if {@code maxAttempts} is less than 1
   */
  public DynamoDbBackupClientBuilder maxAttempts(int maxAttempts) {
    this.maxAttempts = atLeastOne("maxAttempts", maxAttempts);
    return this;
  }

  /**
   * Sets the name of the client's Resilience4j instances (Retry, CircuitBreaker, and the rate
   * limiter and bulkhead the builder creates), as they appear in registries, events and metrics,
   * and of its timer thread. It is never sent over HTTP. Clients of the same name and the same
   * retry and circuit breaker settings share the instances of an application's registry; a
   * client whose settings differ from those of the instance already there is refused by {@link
   * #build()} (see the class description). Default: {@value #DEFAULT_NAME}.
   *
   * @param name a non-blank name without control characters
   * @return this builder
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is blank or holds a control character
   */
  public DynamoDbBackupClientBuilder name(String name) {
    this.name = Inputs.requireValidName("name", name);
    return this;
  }

  /**
   * Replaces the library's retry configuration with the application's. It then decides alone
   * which failures are retried and how long to wait; the client still never waits past the
   * call's deadline. Default: the library's (see the README), with {@link #maxAttempts(int)}.
   *
   * @param config the configuration
   * @return this builder
   * @throws NullPointerException if {@code config} is null
   */
  public DynamoDbBackupClientBuilder retryConfig(RetryConfig config) {
    this.retryConfig = Objects.requireNonNull(config, "retryConfig must not be null");
    return this;
  }

  /**
   * Creates the client's Retry in the application's registry (under {@link #name(String)}), so
   * that its events and metrics live there. Default: a Retry of the client's own. If the registry
   * already holds a Retry of that name, the client shares it only when another client of this
   * library created it for the same retry policy; otherwise {@link #build()} refuses (see the
   * class description).
   *
   * @param registry the registry
   * @return this builder
   * @throws NullPointerException if {@code registry} is null
   */
  public DynamoDbBackupClientBuilder retryRegistry(RetryRegistry registry) {
    this.retryRegistry = Objects.requireNonNull(registry, "retryRegistry must not be null");
    return this;
  }

  /**
   * Replaces the library's circuit breaker configuration with the application's (which then
   * decides alone which failures count). Default: the library's (see the README).
   *
   * @param config the configuration
   * @return this builder
   * @throws NullPointerException if {@code config} is null
   */
  public DynamoDbBackupClientBuilder circuitBreakerConfig(CircuitBreakerConfig config) {
    this.circuitBreakerConfig = Objects.requireNonNull(config, "circuitBreakerConfig must not be null");
    return this;
  }

  /**
   * Creates the client's CircuitBreaker in the application's registry (under {@link
   * #name(String)}). Default: a CircuitBreaker of the client's own. If the registry already holds
   * a CircuitBreaker of that name, the client shares it only when another client of this library
   * created it for the same breaker policy; otherwise {@link #build()} refuses (see the class
   * description).
   *
   * @param registry the registry
   * @return this builder
   * @throws NullPointerException if {@code registry} is null
   */
  public DynamoDbBackupClientBuilder circuitBreakerRegistry(CircuitBreakerRegistry registry) {
    this.circuitBreakerRegistry = Objects.requireNonNull(registry, "circuitBreakerRegistry must not be null");
    return this;
  }

  /**
   * Limits the client to so many requests (attempts) per second, a hard ceiling; a call waits for
   * a permit up to its deadline, then fails with {@link
   * io.github.clumiojava.ClumioLimitExceededException}. Clumio allows 100 requests per second per
   * organization. With {@link #adaptiveRateLimiting(boolean) adaptive rate limiting} on (the
   * default), both apply: the adaptive rate never exceeds this ceiling. Default: no ceiling.
   *
   * @param requestsPerSecond 1 or more
   * @return this builder
   * @throws IllegalArgumentException if {@code requestsPerSecond} is less than 1
   */
  public DynamoDbBackupClientBuilder maxRequestsPerSecond(int requestsPerSecond) {
    this.maxRequestsPerSecond = atLeastOne("maxRequestsPerSecond", requestsPerSecond);
    return this;
  }

  /**
   * Turns the client's adaptive rate limiting on or off. On, the client paces its own requests
   * by the service's throttling: it sends as fast as it is asked until the service first answers
   * 429, then holds every new request until that answer's {@code Retry-After} has passed, goes on
   * at a lower rate and probes back up while throttling stays away (see the README's "Adaptive
   * rate limiting"). It needs no configuration and knows nothing of other clients. {@link
   * #maxRequestsPerSecond(int)} and {@link #rateLimiter(RateLimiter)} apply as well when set: the
   * lower rate wins. {@link DynamoDbBackupClient#adaptiveRateLimit()} shows its state. Off, a 429
   * is only retried, and the client's rate is bounded by nothing but those two settings.
   * Default: on.
   *
   * @param enabled false to turn it off
   * @return this builder
   */
  public DynamoDbBackupClientBuilder adaptiveRateLimiting(boolean enabled) {
    this.adaptiveRateLimiting = enabled;
    return this;
  }

  /**
   * Uses the application's rate limiter, for example one shared by several clients of the same
   * organization. Overrides {@link #maxRequestsPerSecond(int)}. Default: none.
   *
   * @param rateLimiter the limiter
   * @return this builder
   * @throws NullPointerException if {@code rateLimiter} is null
   */
  public DynamoDbBackupClientBuilder rateLimiter(RateLimiter rateLimiter) {
    this.rateLimiter = Objects.requireNonNull(rateLimiter, "rateLimiter must not be null");
    return this;
  }

  /**
   * Limits how many attempts may be in flight at once; one more fails at once with {@link
   * io.github.clumiojava.ClumioLimitExceededException}. Default: no limit.
   *
   * @param maxConcurrentCalls 1 or more
   * @return this builder
   * @throws IllegalArgumentException if {@code maxConcurrentCalls} is less than 1
   */
  public DynamoDbBackupClientBuilder maxConcurrentCalls(int maxConcurrentCalls) {
    this.maxConcurrentCalls = atLeastOne("maxConcurrentCalls", maxConcurrentCalls);
    return this;
  }

  /**
   * Uses the application's bulkhead. Overrides {@link #maxConcurrentCalls(int)}. Default: none.
   *
   * @param bulkhead the bulkhead
   * @return this builder
   * @throws NullPointerException if {@code bulkhead} is null
   */
  public DynamoDbBackupClientBuilder bulkhead(Bulkhead bulkhead) {
    this.bulkhead = Objects.requireNonNull(bulkhead, "bulkhead must not be null");
    return this;
  }

  /**
   * Sets the clock that HTTP-date {@code Retry-After} headers and the default circuit breaker's
   * open duration are measured with; for tests. Default: {@link Clock#systemUTC()}.
   *
   * @param clock the clock
   * @return this builder
   * @throws NullPointerException if {@code clock} is null
   */
  public DynamoDbBackupClientBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
    return this;
  }

  /**
   * Sets the largest response body the client reads. A larger one, whether its size is declared
   * or it is streamed, is cut off with a {@link io.github.clumiojava.ClumioResponseException}, so
   * memory stays bounded whatever the server sends. Default: 8 MiB.
   *
   * @param bytes from 1 to {@link #MAX_RESPONSE_SIZE_LIMIT} (1 GiB)
   * @return this builder
   * @throws IllegalArgumentException if {@code bytes} is less than 1 or more than {@link
   *     #MAX_RESPONSE_SIZE_LIMIT}
   */
  public DynamoDbBackupClientBuilder maxResponseSize(long bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("maxResponseSize must be at least 1 byte, not " + bytes);
    }
    if (bytes > MAX_RESPONSE_SIZE_LIMIT) {
      throw new IllegalArgumentException("maxResponseSize must be at most " + MAX_RESPONSE_SIZE_LIMIT
          + " bytes (1 GiB, MAX_RESPONSE_SIZE_LIMIT: a body is held in one array and parsed whole), not " + bytes);
    }
    this.maxResponseSize = bytes;
    return this;
  }

  /**
   * Trusts the certificates the application's TLS context trusts instead of the JDK's default
   * trust store: for a corporate TLS-inspecting proxy or a private CA. Default: the JDK's.
   *
   * @param sslContext an initialized context
   * @param trustManager the trust manager the context was initialized with
   * @return this builder
   * @throws NullPointerException if either is null
   * @throws IllegalArgumentException if {@code sslContext} is not initialized ({@link
   *     SSLContext#init} was not called)
   */
  public DynamoDbBackupClientBuilder sslContext(SSLContext sslContext, X509TrustManager trustManager) {
    Objects.requireNonNull(sslContext, "sslContext must not be null");
    Objects.requireNonNull(trustManager, "trustManager must not be null");
    try {
      sslContext.getSocketFactory();
    } catch (IllegalStateException e) {
      throw new IllegalArgumentException("sslContext is not initialized: call SSLContext.init(...) with the "
          + "trust manager before handing it to the builder", e);
    }
    this.sslContext = sslContext;
    this.trustManager = trustManager;
    return this;
  }

  /**
   * Sends every request through this proxy (for example {@code new Proxy(Proxy.Type.HTTP, new
   * InetSocketAddress("proxy.corp", 3128))}). Default: the JVM's {@link ProxySelector}.
   *
   * @param proxy the proxy, or {@link Proxy#NO_PROXY} to go direct
   * @return this builder
   * @throws NullPointerException if {@code proxy} is null
   */
  public DynamoDbBackupClientBuilder proxy(Proxy proxy) {
    this.proxy = Objects.requireNonNull(proxy, "proxy must not be null");
    return this;
  }

  /**
   * Chooses the proxy per request with this selector. Ignored when a {@link #proxy(Proxy)} is
   * set. Default: the JVM's {@link ProxySelector#getDefault()}.
   *
   * @param proxySelector the selector
   * @return this builder
   * @throws NullPointerException if {@code proxySelector} is null
   */
  public DynamoDbBackupClientBuilder proxySelector(ProxySelector proxySelector) {
    this.proxySelector = Objects.requireNonNull(proxySelector, "proxySelector must not be null");
    return this;
  }

  /**
   * Derives the client's OkHttpClient from the application's, to share its connection pool and
   * dispatcher or keep its interceptors and event listeners. The given client is never changed:
   * the library adds its own interceptor and settings (timeouts, no silent retries, no https to
   * http redirects) to a copy, and {@link DynamoDbBackupClient#close()} leaves the shared pool and
   * dispatcher running. Default: a client of the library's own.
   *
   * @param httpClient the application's client
   * @return this builder
   * @throws NullPointerException if {@code httpClient} is null
   */
  public DynamoDbBackupClientBuilder httpClient(OkHttpClient httpClient) {
    this.httpClient = Objects.requireNonNull(httpClient, "httpClient must not be null");
    return this;
  }

  /**
   * Completes the futures of asynchronous calls on this executor, so that continuations the
   * application attaches to them ({@code thenApply}, {@code whenComplete} and so on, without
   * {@code Async}) run there. Default: the client's own pool of daemon threads (named after
   * {@link #name(String)}, at least two, as many as there are processors), which ends with the
   * client. Either way they never run on the HTTP threads. The client never shuts down an
   * executor given here.
   *
   * @param executor the executor; should not reject tasks (a rejected completion runs on the
   *     thread that ended the call)
   * @return this builder
   * @throws NullPointerException if {@code executor} is null
   */
  public DynamoDbBackupClientBuilder completionExecutor(Executor executor) {
    this.completionExecutor = Objects.requireNonNull(executor, "completionExecutor must not be null");
    return this;
  }

  private static int atLeastOne(String setting, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(setting + " must be at least 1, not " + value);
    }
    return value;
  }

  private static Duration positive(String setting, Duration value) {
    Objects.requireNonNull(value, setting + " must not be null");
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(setting + " must be positive, not " + value);
    }
    return value;
  }

  /** A timeout OkHttp takes as whole milliseconds: at least one, at most {@code max}. */
  private static Duration wholeMillis(String setting, Duration value, Duration max, String maxName) {
    positive(setting, value);
    if (value.compareTo(Duration.ofMillis(1)) < 0) {
      throw new IllegalArgumentException(setting + " must be at least 1 millisecond (OkHttp counts whole "
          + "milliseconds and would take less as no timeout at all), not " + value);
    }
    return atMost(setting, value, max, maxName);
  }

  private static Duration atMost(String setting, Duration value, Duration max, String maxName) {
    if (value.compareTo(max) > 0) {
      throw new IllegalArgumentException(setting + " must be at most " + max + " (" + max.toHours()
          + " hours, " + maxName + "), not " + value);
    }
    return value;
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
   *     never shows the token); or if the application's RetryRegistry or CircuitBreakerRegistry
   *     already holds an instance under {@link #name(String)} that this client may not share
   *     (one this library did not create, or created for another policy; see the class
   *     description), in which case nothing is added to either registry
   */
  public DynamoDbBackupClient build() {
    String token = apiToken != null
        ? Inputs.requireValidToken(apiToken, "apiToken(...)")
        : Inputs.requireValidToken(environment.apply(TOKEN_ENVIRONMENT_VARIABLE),
            "environment variable " + TOKEN_ENVIRONMENT_VARIABLE);
    return new DynamoDbBackupClient(this, effectiveBaseUrl(), token);
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
        + ", organizationalUnit=" + organizationalUnit + ", connectTimeout=" + connectTimeout
        + ", readTimeout=" + readTimeout + ", callTimeout=" + callTimeout + ", maxAttempts=" + maxAttempts
        + ", name=" + name + ", adaptiveRateLimiting=" + adaptiveRateLimiting + "]";
  }
}
