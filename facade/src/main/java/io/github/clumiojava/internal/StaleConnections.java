package io.github.clumiojava.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Tells a request that failed because its pooled connection had been closed by the server while
 * it sat idle (a keep-alive timeout shorter than the pool's) from a failure of the service.
 *
 * <p>A network interceptor: it sees the connection each request is sent on. A request that fails
 * before any response header arrived, on a connection that has carried an earlier exchange and
 * then sat idle for at least {@link #MIN_IDLE} (keep-alive timeouts are seconds long), fails with
 * {@link StaleConnectionException}; {@link BackupFetcher} then sends it again at once on another
 * connection, without counting an attempt or telling the circuit breaker (the operation is a
 * GET). A connection in steady use that fails is a failure of the service, as is any failure on a
 * new connection: so replays cannot multiply the load of an outage, each idle pooled connection
 * being replayed from at most once before OkHttp discards it. OkHttp's own replay of such
 * requests ({@code retryOnConnectionFailure}) is off, because it would also replay requests the
 * client must decide on.
 *
 * <p>Thread-safe.
 */
final class StaleConnections implements Interceptor {
  /** The shortest idle spell after which a failed connection is taken for stale. */
  static final Duration MIN_IDLE = Duration.ofSeconds(1);

  /**
   * When each connection last answered, in {@link System#nanoTime()}; weak, so that closed
   * connections are forgotten.
   */
  private final Map<Connection, Long> lastAnswered = Collections.synchronizedMap(new WeakHashMap<>());
  private final long minIdleNanos;

  /** Takes a failed connection idle for {@link #MIN_IDLE} for stale. */
  StaleConnections() {
    this(MIN_IDLE);
  }

  /** For tests: takes a failed connection idle for {@code minIdle} for stale. */
  StaleConnections(Duration minIdle) {
    this.minIdleNanos = minIdle.toNanos();
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Connection connection = chain.connection();
    Long previous = connection == null ? null : lastAnswered.get(connection);
    boolean idleSinceAnExchange = previous != null && System.nanoTime() - previous >= minIdleNanos;
    try {
      Response response = chain.proceed(chain.request());
      if (connection != null) {
        lastAnswered.put(connection, System.nanoTime());
      }
      return response;
    } catch (InterruptedIOException timeoutOrCancel) {
      throw timeoutOrCancel; // a slow server or a cancelled call, not a closed connection
    } catch (IOException e) {
      if (idleSinceAnExchange) {
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
