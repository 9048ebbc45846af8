package io.github.clumiojava.internal;

import io.github.clumiojava.generated.api.BackupsApi;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

/**
 * The HTTP layer of one client: an OkHttp client with its own connection pool and dispatcher,
 * and the generated Retrofit interface bound to the base URL. Built once per client.
 *
 * @param http the OkHttp client that executes every request
 * @param api the generated interface; it builds each request (path encoding, {@code Accept}
 *     header and organizational unit header as the spec declares them)
 */
public record HttpStack(OkHttpClient http, BackupsApi api) {
  /** The most asynchronous requests in flight at once; more wait in the dispatcher's queue. */
  static final int MAX_CONCURRENT_REQUESTS = 64;
  /** The most idle keep-alive connections kept for reuse. */
  static final int MAX_IDLE_CONNECTIONS = 32;

  /**
   * Builds the stack.
   *
   * @param baseUrl the validated base URL, ending with a slash
   * @param apiToken the validated token
   * @param codec the JSON codec (its Gson instance backs Retrofit's converter)
   * @param connectTimeout the TCP and TLS connect timeout
   * @param readTimeout the longest wait for the next bytes of an answer
   * @param callTimeout the longest one attempt may take end to end
   * @return the stack
   */
  public static HttpStack create(HttpUrl baseUrl, String apiToken, JsonCodec codec,
      Duration connectTimeout, Duration readTimeout, Duration callTimeout) {
    Dispatcher dispatcher = new Dispatcher();
    // Every request goes to one host: let asynchronous calls use as many connections as
    // synchronous callers could (OkHttp's default is 5 per host).
    dispatcher.setMaxRequests(MAX_CONCURRENT_REQUESTS);
    dispatcher.setMaxRequestsPerHost(MAX_CONCURRENT_REQUESTS);
    OkHttpClient http = new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .connectionPool(new ConnectionPool(MAX_IDLE_CONNECTIONS, 5, TimeUnit.MINUTES))
        .addInterceptor(new RequestHeadersInterceptor(apiToken))
        .connectTimeout(connectTimeout)
        .readTimeout(readTimeout)
        .writeTimeout(readTimeout)
        .callTimeout(callTimeout)
        // Retries are the client's own, counted and logged; OkHttp must not add silent ones.
        .retryOnConnectionFailure(false)
        // Never follow a redirect from https to plain http. (OkHttp drops Authorization on a
        // redirect to another host.)
        .followSslRedirects(false)
        .build();
    BackupsApi api = new Retrofit.Builder()
        .baseUrl(baseUrl)
        .client(http)
        .addConverterFactory(GsonConverterFactory.create(codec.gson()))
        .build()
        .create(BackupsApi.class);
    return new HttpStack(http, api);
  }

  /** Releases the connection pool and the dispatcher's threads. Idempotent. */
  public void shutdown() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
