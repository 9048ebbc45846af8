package io.github.clumiojava.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Keeps OkHttp's {@code retryOnConnectionFailure} off for every call, so that OkHttp makes no
 * attempt the client did not decide and count. Added as the last application interceptor, just
 * outside OkHttp's {@code RetryAndFollowUpInterceptor}.
 *
 * <p>That one switch gates two silent re-sends in OkHttp 5 (checked in 5.5.1): the retry of a
 * request whose connection failed ({@code recover}), and the follow-up of a 408 answer
 * ({@code followUpRequest} returns no follow-up for a 408 when it is off, before it looks at
 * {@code Retry-After}). {@link HttpStack} turns it off on the client, and that alone disables
 * both; but since OkHttp 5 an interceptor of an application's OkHttpClient can turn it back on
 * for a call with {@code Chain.withRetryOnConnectionFailure(true)}, which this undoes.
 */
final class NoOkHttpRetries implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    Chain ours = chain.getRetryOnConnectionFailure() ? chain.withRetryOnConnectionFailure(false) : chain;
    return ours.proceed(ours.request());
  }
}
