package io.github.clumiojava.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds the headers every request carries: the bearer token and the headers that name this
 * library. The {@code Accept} header and the organizational unit come from the generated
 * interface (that is, from the spec). Holds the token; has no {@code toString()} that shows it.
 *
 * <p>Not API: part of the library's implementation, which may change in any release.
 */
public final class RequestHeadersInterceptor implements Interceptor {
  private final String authorization;
  private final String userAgent;

  /**
   * Creates the interceptor.
   *
   * @param apiToken the API token, already validated as a legal header value
   */
  public RequestHeadersInterceptor(String apiToken) {
    this.authorization = "Bearer " + apiToken;
    this.userAgent = SdkInfo.userAgent();
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request().newBuilder()
        .header("Authorization", authorization)
        .header("User-Agent", userAgent)
        .header("x-clumio-api-client", SdkInfo.NAME)
        .header("x-clumio-sdk-version", SdkInfo.NAME + ":" + SdkInfo.VERSION)
        .build();
    return chain.proceed(request);
  }

  @Override
  public String toString() {
    return "RequestHeadersInterceptor[authorization=<redacted>]";
  }
}
