package io.github.clumiojava.internal;

import java.io.IOException;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Hides the {@code Retry-After} header of a 503 answer from OkHttp, under {@link #HEADER}, where
 * {@link HttpErrors} reads it. Added as the last network interceptor, so that it sees the answer
 * first, before OkHttp's {@code RetryAndFollowUpInterceptor} does.
 *
 * <p>OkHttp 5 (checked in 5.5.1) follows up a 503 by itself, once, when its {@code Retry-After}
 * is digits whose value is 0: an attempt the client never decided or counted. It reads those
 * digits with {@code Integer.valueOf}, so a value beyond {@code Integer.MAX_VALUE} throws a
 * {@code NumberFormatException} out of the call. A 503 without {@code Retry-After} is never
 * followed up. Other statuses keep their header: OkHttp ignores it on a 429, and reads it on a
 * 408 only when {@code retryOnConnectionFailure} is on, which {@link NoOkHttpRetries} prevents
 * (hiding it there would make OkHttp more eager to follow up, not less).
 *
 * <p>The application's interceptors, network interceptors included, see the header of a 503 under
 * its internal name, not as {@code Retry-After}. A server's own header of that name is dropped
 * from every answer, so that only this relay sets it.
 */
final class RetryAfterRelay implements Interceptor {
  /** The internal name a 503's {@code Retry-After} header travels under; OkHttp ignores it. */
  static final String HEADER = "X-Clumio-Java-Retry-After";

  private static final int SERVICE_UNAVAILABLE = 503;

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    boolean relay = response.code() == SERVICE_UNAVAILABLE && response.header("Retry-After") != null;
    if (!relay && response.header(HEADER) == null) {
      return response;
    }
    Headers.Builder headers = response.headers().newBuilder().removeAll(HEADER);
    if (relay) {
      headers.removeAll("Retry-After");
      // Any value, even one with characters a header built here may not have (add() would throw).
      response.headers("Retry-After").forEach(value -> headers.addUnsafeNonAscii(HEADER, value));
    }
    return response.newBuilder().headers(headers.build()).build();
  }
}
