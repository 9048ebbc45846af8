package io.github.clumiojava.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Tells a request that failed because its pooled connection had been closed by the server while
 * it sat idle (a keep-alive timeout shorter than the pool's) from a failure of the service.
 *
 * <p>A network interceptor: it sees the connection each request is sent on. A request that fails
 * before any response header arrived, on a connection that has carried an earlier exchange, fails
 * with {@link StaleConnectionException}; {@link BackupFetcher} then sends it again at once on
 * another connection, without counting an attempt or telling the circuit breaker (the operation
 * is a GET). OkHttp's own replay of such requests ({@code retryOnConnectionFailure}) is off,
 * because it would also replay requests the client must decide on.
 *
 * <p>Thread-safe.
 */
final class StaleConnections implements Interceptor {
  /** Connections that have carried an exchange; weak, so that closed ones are forgotten. */
  private final Set<Connection> used = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

  @Override
  public Response intercept(Chain chain) throws IOException {
    Connection connection = chain.connection();
    boolean reused = connection != null && !used.add(connection);
    try {
      return chain.proceed(chain.request());
    } catch (InterruptedIOException timeoutOrCancel) {
      throw timeoutOrCancel; // a slow server or a cancelled call, not a closed connection
    } catch (IOException e) {
      if (reused) {
        throw new StaleConnectionException(e);
      }
      throw e;
    }
  }

  /** A request failed on a pooled connection the server had closed; nothing was answered. */
  static final class StaleConnectionException extends IOException {
    private static final long serialVersionUID = 1L;

    StaleConnectionException(IOException cause) {
      super("the pooled connection had been closed by the server: " + cause.getMessage(), cause);
    }
  }
}
