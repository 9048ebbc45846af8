package io.github.clumiojava.internal;

import io.github.clumiojava.generated.api.BackupsApi;
import java.net.Proxy;
import java.net.ProxySelector;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

/**
 * The HTTP layer of one client: an OkHttp client and the generated Retrofit interface bound to
 * the base URL. Built once per client. Not API: part of the library's implementation, which may
 * change in any release.
 *
 * <p>Only this package sees the OkHttp client (which adds the API token to every request) and
 * the generated interface: outside it, a stack can be created and shut down, nothing more.
 */
public final class HttpStack {
  /** The most asynchronous requests in flight at once; more wait in the dispatcher's queue. */
  static final int MAX_CONCURRENT_REQUESTS = 64;
  /** The most idle keep-alive connections kept for reuse. */
  static final int MAX_IDLE_CONNECTIONS = 32;

  /**
   * How the HTTP layer is set up.
   *
   * @param connectTimeout the TCP and TLS connect timeout
   * @param readTimeout the longest wait for the next bytes of an answer
   * @param base the application's OkHttpClient to derive from (sharing its pool, dispatcher and
   *     interceptors), or null for a client of our own
   * @param sslContext the application's TLS context, or null for the JDK's default trust
   * @param trustManager the trust manager of {@code sslContext}, or null
   * @param proxy the proxy to use, or null
   * @param proxySelector the proxy selector to use, or null
   */
  public record Settings(Duration connectTimeout, Duration readTimeout, OkHttpClient base,
      SSLContext sslContext, X509TrustManager trustManager, Proxy proxy, ProxySelector proxySelector) {}

  /**
   * Builds the stack. An application's OkHttpClient is never changed: ours is derived from it.
   *
   * @param baseUrl the validated base URL, ending with a slash
   * @param apiToken the validated token
   * @param codec the JSON codec (its Gson instance backs Retrofit's converter)
   * @param settings timeouts, TLS, proxy, and the application's client if any
   * @return the stack
   */
  public static HttpStack create(HttpUrl baseUrl, String apiToken, JsonCodec codec, Settings settings) {
    OkHttpClient.Builder builder;
    if (settings.base() != null) {
      builder = settings.base().newBuilder();
    } else {
      Dispatcher dispatcher = new Dispatcher();
      // Every request goes to one host: let asynchronous calls use as many connections as
      // synchronous callers could (OkHttp's default is 5 per host).
      dispatcher.setMaxRequests(MAX_CONCURRENT_REQUESTS);
      dispatcher.setMaxRequestsPerHost(MAX_CONCURRENT_REQUESTS);
      builder = new OkHttpClient.Builder()
          .dispatcher(dispatcher)
          .connectionPool(new ConnectionPool(MAX_IDLE_CONNECTIONS, 5, TimeUnit.MINUTES));
    }
    builder.addInterceptor(new RequestHeadersInterceptor(apiToken))
        // Retries are the client's own, counted and logged; OkHttp must make no attempt of its own.
        // Last application interceptor: keeps retryOnConnectionFailure off even if an application
        // interceptor turns it on for a call.
        .addInterceptor(new NoOkHttpRetries())
        .addNetworkInterceptor(new StaleConnections())
        // Last network interceptor, closest to the network: hides a 503's Retry-After from OkHttp's
        // own 503 follow-up (the application's interceptors see it under RetryAfterRelay.HEADER).
        .addNetworkInterceptor(new RetryAfterRelay())
        .connectTimeout(settings.connectTimeout())
        .readTimeout(settings.readTimeout())
        .writeTimeout(settings.readTimeout())
        // Deadlines are the client's own (CallDeadlines): OkHttp's call timeout would wake Okio's
        // watchdog thread on every call, and an application client's one must not cut ours short.
        .callTimeout(Duration.ZERO)
        // Off, OkHttp neither retries a failed connection nor follows up a 408 (in OkHttp 5.5.1 its
        // 408 follow-up checks this switch first; see NoOkHttpRetries). This alone does not stop
        // its 503 follow-up: RetryAfterRelay does.
        .retryOnConnectionFailure(false)
        // Never follow a redirect from https to plain http. (OkHttp drops Authorization on a
        // redirect to another host.)
        .followSslRedirects(false);
    if (settings.sslContext() != null) {
      builder.sslSocketFactory(settings.sslContext().getSocketFactory(), settings.trustManager());
    }
    if (settings.proxy() != null) {
      builder.proxy(settings.proxy());
    }
    if (settings.proxySelector() != null) {
      builder.proxySelector(settings.proxySelector());
    }
    OkHttpClient http = builder.build();
    BackupsApi api = new Retrofit.Builder()
        .baseUrl(baseUrl)
        .client(http)
        .addConverterFactory(GsonConverterFactory.create(codec.gson()))
        .build()
        .create(BackupsApi.class);
    return new HttpStack(http, api, settings.base() == null);
  }

  private final OkHttpClient http;
  private final BackupsApi api;
  private final boolean ownsResources;

  /**
   * @param http the OkHttp client that executes every request
   * @param api the generated interface; it builds each request (path encoding, {@code Accept}
   *     header and organizational unit header as the spec declares them)
   * @param ownsResources whether the connection pool and dispatcher are this client's own (and
   *     are released by {@link #shutdown()}), rather than shared with an application's OkHttpClient
   */
  private HttpStack(OkHttpClient http, BackupsApi api, boolean ownsResources) {
    this.http = http;
    this.api = api;
    this.ownsResources = ownsResources;
  }

  /** The OkHttp client that executes every request. */
  OkHttpClient http() {
    return http;
  }

  /** The generated interface, which builds each request. */
  BackupsApi api() {
    return api;
  }

  /**
   * Returns how many asynchronous requests the dispatcher runs at once (all go to one host); more
   * wait in its queue.
   *
   * @return the lower of the dispatcher's limits in all and per host
   */
  public int concurrentRequests() {
    return Math.min(http.dispatcher().getMaxRequests(), http.dispatcher().getMaxRequestsPerHost());
  }

  /**
   * Releases the connection pool and the dispatcher's threads, unless they belong to the
   * application's OkHttpClient. Idempotent.
   */
  public void shutdown() {
    if (ownsResources) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }
}
