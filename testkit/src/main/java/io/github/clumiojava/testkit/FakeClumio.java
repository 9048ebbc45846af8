package io.github.clumiojava.testkit;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.dynamodb.DynamoDbBackupClientBuilder;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import io.github.clumiojava.testkit.internal.FakeApi;
import io.github.clumiojava.testkit.internal.FakeServer;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fake of the Clumio API for the tests of code that uses {@link DynamoDbBackupClient}: an HTTP
 * server on a loopback port that holds backups and serves them as Clumio does, through the read
 * operation ({@code GET /backups/aws/dynamodb-tables/{backup_id}}) and the list operation ({@code
 * GET /backups/aws/dynamodb-tables}: filters, sort, pages and {@code _next} links as the API
 * description says). It refuses a request without its {@linkplain #apiToken() token}, fails,
 * throttles, delays or drops the next requests when a test asks, applies a rate limit, and records
 * every request.
 *
 * <p>As a JUnit 5 extension, registered on a static field, it starts before the first test of the
 * class, {@linkplain #reset() resets} before each test, and stops after the last:
 *
 * <pre>{@code
 * @RegisterExtension
 * static FakeClumio clumio = FakeClumio.create();
 *
 * @Test
 * void readsTheBackup() {
 *   clumio.addBackup(FakeClumio.sampleBackup("b-1").tableName("orders").build());
 *   try (DynamoDbBackupClient client = clumio.clientBuilder().build()) {
 *     assertEquals("orders", client.getBackup("b-1").tableName());
 *   }
 * }
 * }</pre>
 *
 * <p>Tests that share one fake cannot run at the same time, since each reset would wipe what the
 * other set up: under JUnit's parallel execution, a test that starts while another runs on the
 * same fake fails with {@link IllegalStateException}. Annotate such a class
 * {@code @Execution(ExecutionMode.SAME_THREAD)}, or register the fake on an instance field.
 *
 * <p>Registered on an instance field, it starts before each test and stops after it. Without
 * JUnit, {@link #start()} it and {@link #close()} it (try-with-resources).
 *
 * <p><b>How a request is answered.</b> Requests are handled one at a time, in the order they
 * arrive; for each, in this order: it is recorded (see {@link #requests()}); the {@linkplain
 * #onEachRequest action for each request} runs; the first queued fault applies ({@link
 * #failNextRequests}, {@link #throttleNextRequests}, {@link #dropNextConnections} answer for the
 * request; {@link #delayNextRequests} delays it and lets it go on); a request without an {@code
 * Authorization} header gets 403 (Clumio's error code 359), one with any other token than {@link
 * #apiToken()} gets 401; the {@linkplain #rateLimit rate limit} applies; the operation answers. Each
 * error answer carries Clumio's error body, {@code {"errors":[{"error_code":...,
 * "error_message":"..."}]}}, with the media type {@code application/json}.
 *
 * <p><b>Fidelity.</b> Every property the fake writes goes through the same models, generated from
 * the API description, that the client reads, so the fake cannot send what the real API would
 * not. A backup added is served exactly as given: the client reads back an equal {@link
 * DynamoDbTableBackup}, its {@link DynamoDbTableBackup#unknownFields() unknown fields} included
 * (sent as a newer Clumio would send fields this client does not know).
 *
 * <p><b>Threads.</b> Thread-safe: requests arrive on the server's threads while the test changes
 * the fake; every method may be called from any thread, at any time unless it says otherwise.
 */
public final class FakeClumio implements AutoCloseable, BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
    AfterAllCallback {
  /** The token a fake accepts. */
  static final String API_TOKEN = "fake-clumio-api-token";
  private static final ExtensionContext.Namespace STORE = ExtensionContext.Namespace.create(FakeClumio.class);

  private final Object lifecycle = new Object();
  private final FakeApi api;
  private int port;
  private FakeServer server;
  private int classScopes;
  private int testsRunning;
  private boolean startedForClass;
  private boolean startedForTest;

  private FakeClumio() {
    this.api = new FakeApi(API_TOKEN, Clock.systemUTC());
  }

  /**
   * Creates a fake, not yet started, that will listen on a free loopback port, holds no backups and
   * accepts only {@link #apiToken()}.
   *
   * @return the fake
   */
  public static FakeClumio create() {
    return new FakeClumio();
  }

  /**
   * Sets the loopback port the fake listens on; by default a free one. Call before {@link #start()}.
   *
   * @param port the port, from 1 to 65535, or 0 for a free one
   * @return this fake
   * @throws IllegalArgumentException if the port is out of range
   * @throws IllegalStateException if the fake is running
   */
  public FakeClumio port(int port) {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be from 0 (a free one) to 65535, not " + port);
    }
    synchronized (lifecycle) {
      requireStopped("port");
      this.port = port;
    }
    return this;
  }

  /**
   * Sets the clock the {@linkplain #rateLimit rate limit} reads the time from; by default the
   * system clock. A test that moves its own clock tests the rate limit without waiting.
   *
   * @param clock the clock
   * @return this fake
   * @throws NullPointerException if {@code clock} is null
   */
  public FakeClumio clock(Clock clock) {
    api.clock(Objects.requireNonNull(clock, "clock"));
    return this;
  }

  /**
   * Makes the fake accept any bearer token, not only {@link #apiToken()}: for a sandbox that people
   * try by hand. A request without an {@code Authorization} header is still refused with 403.
   *
   * @return this fake
   */
  public FakeClumio acceptAnyApiToken() {
    api.acceptAnyToken();
    return this;
  }

  /**
   * Starts the fake. Does nothing if it is running.
   *
   * @return this fake
   * @throws IllegalStateException if the fake cannot listen, such as on a {@linkplain #port(int)
   *     port} that is taken; the message names the port
   */
  public FakeClumio start() {
    synchronized (lifecycle) {
      if (server == null) {
        try {
          server = new FakeServer(api, port);
        } catch (RuntimeException e) {
          throw new IllegalStateException("FakeClumio cannot listen on 127.0.0.1:" + (port == 0 ? "a free port" : port)
              + ": " + e.getMessage(), e);
        }
      }
    }
    return this;
  }

  /**
   * Returns whether the fake is running.
   *
   * @return true between {@link #start()} and {@link #close()}
   */
  public boolean isRunning() {
    synchronized (lifecycle) {
      return server != null;
    }
  }

  /**
   * Stops the fake. What it holds is kept: it may be started again, on another port unless {@link
   * #port(int)} set one. Does nothing if it is not running.
   */
  @Override
  public void close() {
    synchronized (lifecycle) {
      if (server != null) {
        server.stop();
        server = null;
      }
    }
  }

  /**
   * Returns the base URL to point a client at.
   *
   * @return {@code http://127.0.0.1:<port>}
   * @throws IllegalStateException if the fake is not running
   */
  public String baseUrl() {
    synchronized (lifecycle) {
      if (server == null) {
        throw new IllegalStateException("FakeClumio is not running: call start(), or register it with "
            + "@RegisterExtension");
      }
      return "http://127.0.0.1:" + server.port();
    }
  }

  /**
   * Returns the API token the fake accepts. Any other is refused with 401 (unless {@link
   * #acceptAnyApiToken()}).
   *
   * @return the token; the same for every fake
   */
  public String apiToken() {
    return API_TOKEN;
  }

  /**
   * Returns a client builder pointed at this fake: {@link DynamoDbBackupClientBuilder#baseUrl} and
   * {@link DynamoDbBackupClientBuilder#apiToken} are set; everything else is the client's default,
   * for the test to change.
   *
   * @return a new builder
   * @throws IllegalStateException if the fake is not running
   */
  public DynamoDbBackupClientBuilder clientBuilder() {
    return DynamoDbBackupClient.builder().baseUrl(baseUrl()).apiToken(apiToken());
  }

  /**
   * Adds a backup, which the fake then serves through the read and the list operations; replaces
   * the backup with the same id, keeping its place among backups that started at the same time.
   *
   * @param backup the backup
   * @return this fake
   * @throws NullPointerException if {@code backup} is null
   * @throws IllegalArgumentException if the backup has no id (null or blank), or cannot be served as
   *     given: an {@linkplain DynamoDbTableBackup#unknownFields() unknown field} that is not JSON,
   *     names a property the API description knows, or has a path that leads nowhere
   */
  public FakeClumio addBackup(DynamoDbTableBackup backup) {
    Objects.requireNonNull(backup, "backup");
    if (backup.id() == null || backup.id().isBlank()) {
      throw new IllegalArgumentException("a backup the fake serves needs an id, not " + (backup.id() == null ? "null"
          : "a blank one"));
    }
    api.addBackup(backup);
    return this;
  }

  /**
   * Removes a backup: the read operation then answers 404 for its id, and the list leaves it out.
   *
   * @param id the backup's id
   * @return true if the fake held the backup
   * @throws NullPointerException if {@code id} is null
   */
  public boolean removeBackup(String id) {
    return api.removeBackup(Objects.requireNonNull(id, "id"));
  }

  /**
   * Returns a builder filled with a realistic backup, dated by the system clock; same as {@code
   * sampleBackup(id, Clock.systemUTC())}.
   *
   * @param id the backup's id
   * @return a new builder; change what the test cares about, then {@code build()}
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public static DynamoDbTableBackup.Builder sampleBackup(String id) {
    return sampleBackup(id, Clock.systemUTC());
  }

  /**
   * Returns a builder filled with a realistic backup whose dates are counted from the clock's
   * present (in whole seconds): a Clumio backup of the provisioned table {@code orders} (table id
   * {@code 5d2c0e7a-9f1b-4c3d-8e6f-0a1b2c3d4e5f}, account {@code 123456789012}, {@code us-west-2})
   * that started 2 days before the present and expires 28 days after it, so it can be restored;
   * with item count and size, key schemas, two global and one local secondary index, throughput,
   * two replicas, customer-managed encryption, a stream, three tags ({@code team}, {@code env},
   * {@code cost-center}), point-in-time recovery and deletion protection on, and the links Clumio
   * sends. Every field is set. Tests then change only what they care about: {@code
   * sampleBackup("b-1", clock).expirationTimestamp(clock.instant().minusSeconds(1)).build()} has
   * expired.
   *
   * @param id the backup's id
   * @param clock the clock whose present the dates are counted from
   * @return a new builder
   * @throws NullPointerException if {@code id} or {@code clock} is null
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public static DynamoDbTableBackup.Builder sampleBackup(String id, Clock clock) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(clock, "clock");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    return SampleBackups.of(id, clock.instant().truncatedTo(ChronoUnit.SECONDS));
  }

  /**
   * Answers the next {@code count} requests with an error status and Clumio's error body, after
   * faults queued earlier.
   *
   * @param count how many requests, at least 1
   * @param status the HTTP status, from 400 to 599
   * @return this fake
   * @throws IllegalArgumentException if {@code count} or {@code status} is out of range
   */
  public FakeClumio failNextRequests(int count, int status) {
    requireCount(count);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be an error status from 400 to 599, not " + status);
    }
    api.failNext(count, status);
    return this;
  }

  /**
   * Answers the next {@code count} requests with 429 Too Many Requests, a {@code Retry-After}
   * header and Clumio's error body, after faults queued earlier.
   *
   * @param count how many requests, at least 1
   * @param retryAfter the {@code Retry-After} value: whole seconds, zero or more
   * @return this fake
   * @throws NullPointerException if {@code retryAfter} is null
   * @throws IllegalArgumentException if {@code count} is out of range, or {@code retryAfter} is
   *     negative or not whole seconds (the header carries whole seconds)
   */
  public FakeClumio throttleNextRequests(int count, Duration retryAfter) {
    requireCount(count);
    Objects.requireNonNull(retryAfter, "retryAfter");
    if (retryAfter.isNegative() || retryAfter.getNano() != 0) {
      throw new IllegalArgumentException("retryAfter must be whole seconds, zero or more (the Retry-After header "
          + "carries whole seconds), not " + retryAfter);
    }
    api.throttleNext(count, retryAfter);
    return this;
  }

  /**
   * Delays the answer to each of the next {@code count} requests, after faults queued earlier. The
   * requests are then answered as usual (the token is checked, the rate limit applies).
   *
   * @param count how many requests, at least 1
   * @param delay how long, at least 1 millisecond, in whole milliseconds (rounded down)
   * @return this fake
   * @throws NullPointerException if {@code delay} is null
   * @throws IllegalArgumentException if {@code count} or {@code delay} is out of range
   */
  public FakeClumio delayNextRequests(int count, Duration delay) {
    requireCount(count);
    Objects.requireNonNull(delay, "delay");
    if (delay.toMillis() < 1 || delay.toMillis() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("delay must be from 1 ms to " + Integer.MAX_VALUE + " ms, not " + delay);
    }
    api.delayNext(count, delay);
    return this;
  }

  /**
   * Closes the connection of each of the next {@code count} requests without an answer, after
   * faults queued earlier: the client sees a transport failure.
   *
   * @param count how many requests, at least 1
   * @return this fake
   * @throws IllegalArgumentException if {@code count} is out of range
   */
  public FakeClumio dropNextConnections(int count) {
    requireCount(count);
    api.dropNext(count);
    return this;
  }

  /**
   * Limits the requests the fake serves, as Clumio limits an organization's: a token bucket that
   * holds {@code requestsPerSecond} tokens, starts full and refills continuously at that rate (by
   * the {@linkplain #clock(Clock) clock}). A request that finds no token gets 429 Too Many Requests
   * with Clumio's error body and a {@code Retry-After} of the whole seconds until the next token
   * (at least 1). Only requests with an accepted token take tokens. Replaces an earlier limit; {@link
   * #reset()} removes it.
   *
   * @param requestsPerSecond the rate, at least 1
   * @return this fake
   * @throws IllegalArgumentException if {@code requestsPerSecond} is less than 1
   */
  public FakeClumio rateLimit(int requestsPerSecond) {
    if (requestsPerSecond < 1) {
      throw new IllegalArgumentException("requestsPerSecond must be at least 1, not " + requestsPerSecond);
    }
    api.rateLimit(requestsPerSecond);
    return this;
  }

  /**
   * Runs an action on each request as it arrives, before the fake decides the answer: to add or
   * remove backups while a client walks the list, or to queue a fault for this very request (a
   * fault it queues applies to the request at hand). Replaces an earlier action; {@link #reset()}
   * removes it.
   *
   * <p>The action runs on a server thread, while the fake holds its lock: it may call this fake,
   * but must not wait for another thread that does. If it throws, the request is answered 500
   * with Clumio's error body naming the exception.
   *
   * @param action what to run, given the request as {@link #requests()} would show it
   * @return this fake
   * @throws NullPointerException if {@code action} is null
   */
  public FakeClumio onEachRequest(Consumer<RecordedRequest> action) {
    Objects.requireNonNull(action, "action");
    api.onEachRequest(request -> action.accept(new RecordedRequest(request)));
    return this;
  }

  /**
   * Returns the requests the fake has received since it was created or last {@linkplain #reset()
   * reset}, in the order they arrived, whatever their answers (dropped connections included).
   *
   * @return an immutable snapshot; never null
   */
  public List<RecordedRequest> requests() {
    return api.requests().stream().map(RecordedRequest::new).toList();
  }

  /**
   * Forgets the backups, the queued faults, the rate limit, the action on each request and the
   * requests received. The port, the clock and which tokens are accepted stay.
   */
  public void reset() {
    api.reset();
    synchronized (lifecycle) {
      if (server != null) {
        server.forgetServeEvents();
      }
    }
  }

  /** What the server has served since the last reset, oldest first: for this project's own tests. */
  List<ServeEvent> serveEvents() {
    synchronized (lifecycle) {
      return server == null ? List.of() : server.serveEvents();
    }
  }

  /**
   * Starts the fake before the tests of a class, unless it is running. Called by JUnit.
   *
   * @param context the class's context
   */
  @Override
  public void beforeAll(ExtensionContext context) {
    synchronized (lifecycle) {
      if (classScopes++ == 0 && server == null) {
        start();
        startedForClass = true;
      }
    }
  }

  /**
   * Resets the fake before each test; starts it if it is not running (registered on an instance
   * field, the fake gets no {@link #beforeAll} call). Called by JUnit.
   *
   * <p>A fake on a static field is shared by the tests of its class, and its reset would wipe what
   * another test running at the same time set up: so two tests may not run at once on one fake.
   * Under JUnit's parallel execution, annotate the class {@code @Execution(ExecutionMode.SAME_THREAD)},
   * or register the fake on an instance field (one fake per test).
   *
   * @param context the test's context
   * @throws IllegalStateException if another test is running on this fake
   */
  @Override
  public void beforeEach(ExtensionContext context) {
    synchronized (lifecycle) {
      if (context.getStore(STORE).get(this) != null) {
        return; // registered twice for this test (one fake on two fields): set up already
      }
      context.getStore(STORE).put(this, Boolean.TRUE);
      if (testsRunning++ > 0) {
        throw new IllegalStateException("FakeClumio is shared by tests running at the same time, and its reset "
            + "before each test would wipe what the other test set up: annotate the test class "
            + "@Execution(ExecutionMode.SAME_THREAD), or register the fake on an instance field (one per test)");
      }
      if (server == null) {
        start();
        startedForTest = true;
      }
    }
    reset();
  }

  /**
   * Stops the fake after a test if {@link #beforeEach} started it. Called by JUnit.
   *
   * @param context the test's context
   */
  @Override
  public void afterEach(ExtensionContext context) {
    synchronized (lifecycle) {
      if (context.getStore(STORE).remove(this) != null) {
        testsRunning--;
      }
      if (startedForTest) {
        startedForTest = false;
        close();
      }
    }
  }

  /**
   * Stops the fake after the tests of the class whose {@link #beforeAll} started it (not after those
   * of a nested class). Called by JUnit.
   *
   * @param context the class's context
   */
  @Override
  public void afterAll(ExtensionContext context) {
    synchronized (lifecycle) {
      if (--classScopes == 0 && startedForClass) {
        startedForClass = false;
        close();
      }
    }
  }

  private static void requireCount(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, not " + count);
    }
  }

  private void requireStopped(String setting) {
    if (server != null) {
      throw new IllegalStateException(setting + " must be set before the fake starts");
    }
  }

  @Override
  public String toString() {
    synchronized (lifecycle) {
      return "FakeClumio[" + (server == null ? "not running" : baseUrl()) + "]";
    }
  }
}
