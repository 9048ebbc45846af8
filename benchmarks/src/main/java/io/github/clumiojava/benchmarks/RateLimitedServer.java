package io.github.clumiojava.benchmarks;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * Clumio's read operation ({@code GET /backups/aws/dynamodb-tables/{backup_id}}) behind
 * Clumio's organization rate limit: every request takes a token from one {@link TokenBucket};
 * a request that finds none is answered {@code 429} with {@code Retry-After: 1} and Clumio's
 * error body. Admitted requests for a backup get {@code 200} and its body; any other path gets
 * {@code 404}. Runs on a {@link CannedServer}, so the server costs microseconds per request and
 * is not what a client at the limit waits for: a client without adaptive limiting sends thousands
 * of requests a second into the limit, which would measure WireMock, and so the test kit's
 * {@code FakeClumio.rateLimit} (the same limit, for functional tests), rather than the client.
 *
 * <p>It counts requests and refusals per client, telling clients apart by the bearer token
 * they send (so give each client its own token). Thread-safe.
 */
final class RateLimitedServer implements AutoCloseable {
  /** The path of the read operation, up to the backup id. */
  static final String BACKUP_PATH = "/backups/aws/dynamodb-tables/";
  /** How long a refusal asks the client to wait, in seconds (its {@code Retry-After}). */
  static final int RETRY_AFTER_SECONDS = 1;
  /** The client name of requests that send no bearer token. */
  static final String NO_TOKEN = "(no token)";
  private static final String BEARER = "Bearer ";

  private final TokenBucket bucket;
  private final Function<String, byte[]> backupBody;
  private final Listener listener;
  private final byte[] throttled;
  private final byte[] notFound;
  private final Map<String, Counts> clients = new ConcurrentHashMap<>();
  private final CannedServer server;

  /** Told of every request as it is answered, on the connection's thread. */
  @FunctionalInterface
  interface Listener {
    /**
     * Called once per request, concurrently for different connections.
     *
     * @param client the bearer token the request sent, or {@link #NO_TOKEN}
     * @param admitted true if it took a token, false if it was answered 429
     */
    void onRequest(String client, boolean admitted);
  }

  /**
   * What one client sent.
   *
   * @param requests the requests it sent
   * @param throttled how many of them were answered 429
   */
  record ClientCounts(long requests, long throttled) {}

  private RateLimitedServer(TokenBucket bucket, Function<String, byte[]> backupBody, Listener listener) {
    this.bucket = Objects.requireNonNull(bucket, "bucket");
    this.backupBody = Objects.requireNonNull(backupBody, "backupBody");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.throttled = CannedServer.response(429, "Too Many Requests", CannedServer.ERROR_MEDIA_TYPE,
        "Retry-After: " + RETRY_AFTER_SECONDS + "\r\n", errorBody(429,
            "Rate limit exceeded for the organization"));
    this.notFound = CannedServer.response(404, "Not Found", CannedServer.ERROR_MEDIA_TYPE, "",
        errorBody(404, "No such operation"));
    this.server = CannedServer.answering(this::answer);
  }

  /**
   * Starts a server on a loopback port whose bucket starts full.
   *
   * @param perSecond the requests admitted per second, at least 1
   * @param burst the most requests admitted at once after a quiet spell, at least 1
   * @param backupBody gives the JSON body of a backup for its id (percent-decoded); called for
   *     every admitted read, concurrently, so it should be cheap
   * @param listener told of every request; {@code (client, admitted) -> {}} for none
   * @return the running server
   * @throws IllegalArgumentException if {@code perSecond} or {@code burst} is less than 1
   * @throws NullPointerException if {@code backupBody} or {@code listener} is null
   * @throws java.io.UncheckedIOException if no loopback port can be opened
   */
  static RateLimitedServer start(int perSecond, int burst, Function<String, byte[]> backupBody,
      Listener listener) {
    return start(new TokenBucket(perSecond, burst, System::nanoTime), backupBody, listener);
  }

  /**
   * Starts a server on a loopback port that admits what this bucket admits (a bucket with a
   * ticker of its own lets a test decide when tokens come back).
   *
   * @param bucket the bucket every request takes a token from
   * @param backupBody as for {@link #start(int, int, Function, Listener)}
   * @param listener told of every request
   * @return the running server
   * @throws NullPointerException if an argument is null
   * @throws java.io.UncheckedIOException if no loopback port can be opened
   */
  static RateLimitedServer start(TokenBucket bucket, Function<String, byte[]> backupBody, Listener listener) {
    return new RateLimitedServer(bucket, backupBody, listener);
  }

  /**
   * Returns the server's address.
   *
   * @return {@code http://127.0.0.1:<port>}
   */
  String baseUrl() {
    return server.baseUrl();
  }

  /**
   * Returns what each client has sent so far.
   *
   * @return a snapshot by client (bearer token, or {@link #NO_TOKEN}), sorted by name
   */
  Map<String, ClientCounts> clients() {
    Map<String, ClientCounts> snapshot = new TreeMap<>();
    clients.forEach((client, counts) ->
        snapshot.put(client, new ClientCounts(counts.requests.sum(), counts.throttled.sum())));
    return snapshot;
  }

  /**
   * Returns the requests received so far, from all clients.
   *
   * @return the count
   */
  long requests() {
    return clients.values().stream().mapToLong(counts -> counts.requests.sum()).sum();
  }

  /**
   * Returns how many requests were answered 429 so far, from all clients.
   *
   * @return the count
   */
  long throttled() {
    return clients.values().stream().mapToLong(counts -> counts.throttled.sum()).sum();
  }

  private byte[] answer(CannedServer.Request request) {
    String client = request.authorization() != null && request.authorization().startsWith(BEARER)
        ? request.authorization().substring(BEARER.length()) : NO_TOKEN;
    Counts counts = clients.computeIfAbsent(client, c -> new Counts());
    counts.requests.increment();
    boolean admitted = bucket.tryTake();
    if (!admitted) {
      counts.throttled.increment();
    }
    listener.onRequest(client, admitted);
    if (!admitted) {
      return throttled;
    }
    String target = request.target();
    int query = target.indexOf('?');
    String path = query < 0 ? target : target.substring(0, query);
    String id = path.startsWith(BACKUP_PATH) ? path.substring(BACKUP_PATH.length()) : "";
    if (id.isEmpty() || id.contains("/")) {
      return notFound;
    }
    return CannedServer.response(200, "OK",
        backupBody.apply(URLDecoder.decode(id.replace("+", "%2B"), StandardCharsets.UTF_8)));
  }

  private static byte[] errorBody(int code, String message) {
    return ("{\"errors\":[{\"error_code\":" + code + ",\"error_message\":\"" + message + "\"}]}")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** Stops the server (see {@link CannedServer#close()}). Idempotent. */
  @Override
  public void close() {
    server.close();
  }

  private static final class Counts {
    final LongAdder requests = new LongAdder();
    final LongAdder throttled = new LongAdder();
  }
}
