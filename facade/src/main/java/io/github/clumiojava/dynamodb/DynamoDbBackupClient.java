package io.github.clumiojava.dynamodb;

import io.github.clumiojava.ClumioException;
import io.github.clumiojava.PagedIterable;
import io.github.clumiojava.internal.AdaptiveRateLimit;
import io.github.clumiojava.internal.BackupFetcher;
import io.github.clumiojava.internal.BulkRead;
import io.github.clumiojava.internal.BackupListing;
import io.github.clumiojava.internal.BackupPage;
import io.github.clumiojava.internal.FirstMatch;
import io.github.clumiojava.internal.PagingPublisher;
import io.github.clumiojava.internal.PageQuery;
import io.github.clumiojava.internal.CallDeadlines;
import io.github.clumiojava.internal.HttpStack;
import io.github.clumiojava.internal.Inputs;
import io.github.clumiojava.internal.JsonCodec;
import io.github.clumiojava.internal.ResilienceDefaults;
import io.github.clumiojava.internal.ResilienceInstances;
import io.github.clumiojava.internal.ResilientExecutor;
import io.github.clumiojava.internal.RetryBudget;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.Retry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import okhttp3.HttpUrl;

/**
 * Reads backups of DynamoDB tables from Clumio.
 *
 * <p>Create one with {@link #builder()}. A client is immutable and thread-safe: one instance
 * serves a whole application, and sharing it shares its connection pool, circuit breaker and
 * limits. Close it when the application stops, to release connections and threads.
 *
 * <p>Every call has a deadline ({@code callTimeout}, 60 s by default) that covers all its
 * attempts and the waits between them. Failed attempts are retried when another may succeed
 * (transport failures, 408, 429, 500, 502, 503, 504), with exponential backoff and full jitter,
 * honouring {@code Retry-After}. A circuit breaker stops calls for a while when the service keeps
 * failing. Once the service throttles the client (429), the client paces its own requests by
 * those answers (see {@link DynamoDbBackupClientBuilder#adaptiveRateLimiting(boolean)}). See the
 * README for every default.
 *
 * <p>Every method reports failure with an unchecked exception: {@link IllegalArgumentException}
 * or {@link NullPointerException} for bad arguments, before any request is sent; a {@link
 * ClumioException} subclass for a failed call; {@link IllegalStateException} after {@link
 * #close()}.
 */
public final class DynamoDbBackupClient implements AutoCloseable {
  /** Backups per page when looking for the latest restorable one: usually the first page has it. */
  private static final int LATEST_PAGE_SIZE = 20;
  /** The most ids of a bulk read in flight or waiting to be handed out. */
  private static final int BULK_WINDOW = 64;

  private final HttpUrl baseUrl;
  private final String organizationalUnit;
  private final HttpStack stack;
  private final BackupFetcher fetcher;
  private final Retry retry;
  private final CircuitBreaker circuitBreaker;
  private final RateLimiter rateLimiter;
  private final AdaptiveRateLimit adaptiveLimit;
  private final Bulkhead bulkhead;
  private final ScheduledThreadPoolExecutor scheduler;
  private final CallDeadlines deadlines;
  private final Executor completions;
  private final ThreadPoolExecutor ownedCompletions;
  private final ResilientExecutor executor;
  private final Clock clock;
  private final Duration callTimeout;
  private final AtomicBoolean closed = new AtomicBoolean();

  DynamoDbBackupClient(DynamoDbBackupClientBuilder settings, HttpUrl baseUrl, String apiToken) {
    this.baseUrl = baseUrl;
    this.organizationalUnit = settings.organizationalUnit;
    JsonCodec codec = new JsonCodec();
    this.stack = HttpStack.create(baseUrl, apiToken, codec, new HttpStack.Settings(
        settings.connectTimeout, settings.readTimeout, settings.httpClient,
        settings.sslContext, settings.trustManager, settings.proxy, settings.proxySelector));
    this.scheduler = new ScheduledThreadPoolExecutor(1, runnable -> {
      Thread thread = new Thread(runnable, settings.name + "-scheduler");
      thread.setDaemon(true);
      return thread;
    });
    scheduler.setRemoveOnCancelPolicy(true);
    this.deadlines = new CallDeadlines(scheduler);
    this.clock = settings.clock;
    this.callTimeout = settings.callTimeout;
    this.fetcher = new BackupFetcher(stack, deadlines, codec, settings.clock, organizationalUnit,
        settings.maxResponseSize);

    ResilienceInstances instances = ResilienceInstances.create(settings.name, settings.retryRegistry,
        settings.retryConfig, settings.maxAttempts, settings.circuitBreakerRegistry, settings.circuitBreakerConfig,
        settings.clock);
    this.retry = instances.retry();
    this.circuitBreaker = instances.circuitBreaker();
    this.rateLimiter = settings.rateLimiter != null ? settings.rateLimiter
        : settings.maxRequestsPerSecond == null ? null
        : ResilienceDefaults.rateLimiter(settings.name, settings.maxRequestsPerSecond, settings.callTimeout);
    this.bulkhead = settings.bulkhead != null ? settings.bulkhead
        : settings.maxConcurrentCalls == null ? null
        : ResilienceDefaults.bulkhead(settings.name, settings.maxConcurrentCalls);

    if (settings.completionExecutor != null) {
      this.completions = settings.completionExecutor;
      this.ownedCompletions = null;
    } else {
      this.ownedCompletions = completionThreads(settings.name);
      this.completions = ownedCompletions;
    }
    this.adaptiveLimit = settings.adaptiveRateLimiting
        ? new AdaptiveRateLimit(System::nanoTime, settings.maxRequestsPerSecond == null
            ? Double.POSITIVE_INFINITY : settings.maxRequestsPerSecond)
        : null;
    this.executor = new ResilientExecutor(new ResilientExecutor.Policies(retry, circuitBreaker, rateLimiter,
        adaptiveLimit, stack.concurrentRequests(), bulkhead, new RetryBudget(), settings.callTimeout),
        scheduler, completions);
  }

  /**
   * The client's own threads for completing futures: continuations the application attaches
   * run there, never on OkHttp's threads. They end when idle, and when the client is closed.
   */
  private static ThreadPoolExecutor completionThreads(String name) {
    int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 10, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), runnable -> {
          Thread thread = new Thread(runnable, name + "-completion-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  /**
   * Returns a builder for a client.
   *
   * @return a new builder with every setting at its default
   */
  public static DynamoDbBackupClientBuilder builder() {
    return new DynamoDbBackupClientBuilder();
  }

  /**
   * Reads one backup ({@code GET /backups/aws/dynamodb-tables/{backup_id}}), retrying as the
   * client's policy allows, within the call's deadline.
   *
   * @param backupId the Clumio-assigned id of the backup; sent as one percent-encoded path
   *     segment, so no character in it can reach another path
   * @return the backup; never null
   * @throws NullPointerException if {@code backupId} is null
   * @throws IllegalArgumentException if {@code backupId} is blank, longer than 256 characters,
   *     holds a control character, or is {@code .} or {@code ..}
   * @throws io.github.clumiojava.ClumioNotFoundException if there is no such backup (404)
   * @throws io.github.clumiojava.ClumioAuthenticationException if the token is refused (401, 403)
   * @throws io.github.clumiojava.ClumioThrottledException if still throttled (429) after retries
   * @throws io.github.clumiojava.ClumioServerException if the service still fails (5xx) after
   *     retries
   * @throws io.github.clumiojava.ClumioApiException for any other HTTP error status
   * @throws io.github.clumiojava.ClumioTransportException if no complete answer arrived, the
   *     deadline passed, or the thread was interrupted
   * @throws io.github.clumiojava.ClumioResponseException if the answer's body is not a backup
   * @throws io.github.clumiojava.ClumioCircuitOpenException if the circuit breaker is open
   * @throws io.github.clumiojava.ClumioLimitExceededException if a configured rate limiter or
   *     bulkhead, or the adaptive rate limit after the service throttled the client, refused the
   *     call before its deadline
   * @throws IllegalStateException if the client is closed, or is closed during the call
   */
  public DynamoDbTableBackup getBackup(String backupId) {
    Inputs.requireValidBackupId(backupId);
    ensureOpen();
    return executor.execute(operation(backupId), timeout -> fetcher.fetch(backupId, timeout));
  }

  /**
   * Reads one backup without blocking, with the same retries, deadline and exceptions as {@link
   * #getBackup(String)}. Waits between attempts are scheduled, never slept on a thread.
   * Cancelling the returned future (or completing it any other way, such as {@code orTimeout})
   * cancels the HTTP call in flight (or the pending wait); no further attempt is made and the
   * circuit breaker records nothing. The future is completed on the client's completion executor
   * (see {@link DynamoDbBackupClientBuilder#completionExecutor}), never on an HTTP thread, so
   * continuations attached to it cannot stall the client's I/O.
   *
   * @param backupId the Clumio-assigned id of the backup
   * @return a future that completes with the backup, or exceptionally with the exception {@link
   *     #getBackup(String)} would throw
   * @throws NullPointerException if {@code backupId} is null (thrown at once, not through the
   *     future)
   * @throws IllegalArgumentException if {@code backupId} is invalid (thrown at once)
   * @throws IllegalStateException if the client is closed (thrown at once)
   */
  public CompletableFuture<DynamoDbTableBackup> getBackupAsync(String backupId) {
    Inputs.requireValidBackupId(backupId);
    ensureOpen();
    return executor.executeAsync(operation(backupId), timeout -> fetcher.fetchAsync(backupId, timeout));
  }

  /**
   * Reads many backups, pacing itself, and streams one result per id as each read completes (in
   * completion order, not the order of {@code backupIds}). A result holds the backup, or the
   * exception {@link #getBackup(String)} would have thrown for that id: one id that fails ends
   * nothing else.
   *
   * <p>Every id is checked before any request is sent. The stream is lazy: nothing is sent before
   * the first element is asked for. At most {@value #BULK_WINDOW} ids are read at once or wait
   * to be handed out (fewer under a configured rate limiter slow enough that the last of them
   * would wait for a permit longer than half the deadline), so a consumer that stops pulling stops
   * the reads. Each id is one call with
   * the client's retries, circuit breaker and rate limits, and its deadline ({@code callTimeout})
   * starts when its first request is sent: waiting its turn behind the client's rate limit never
   * makes an id fail, however many ids there are. Ids that occur twice are read twice.
   *
   * <p>Close the stream (try-with-resources) when done with it early: closing cancels every read
   * not yet completed, and the stream then ends. Closing the client ends it too: the stream then
   * throws {@link IllegalStateException}. A sequential stream, for one consumer thread; results
   * are computed on the client's threads.
   *
   * <pre>{@code
   * try (Stream<BackupResult> results = client.getBackups(ids)) {
   *   results.forEach(result -> result.backup().ifPresentOrElse(
   *       backup -> System.out.println(backup.id() + " " + backup.tableName()),
   *       () -> System.err.println(result.backupId() + ": " + result.error().orElseThrow().getMessage())));
   * }
   * }</pre>
   *
   * @param backupIds the ids to read; the collection is copied, so later changes to it do not count
   * @return the results, one per id
   * @throws NullPointerException if {@code backupIds} or one of its ids is null (the message
   *     names the id's position)
   * @throws IllegalArgumentException if an id is invalid as for {@link #getBackup(String)} (the
   *     message names its position and the reason)
   * @throws IllegalStateException if the client is closed (thrown at once, and by the stream if
   *     the client is closed while it runs)
   * @throws io.github.clumiojava.ClumioTransportException from the stream, if the consuming
   *     thread is interrupted while it waits for a result (the reads are cancelled and the
   *     thread's interrupt flag stays set)
   */
  public Stream<BackupResult> getBackups(Collection<String> backupIds) {
    Objects.requireNonNull(backupIds, "backupIds must not be null");
    List<String> ids = new ArrayList<>(backupIds.size());
    int index = 0;
    for (String id : backupIds) {
      if (id == null) {
        throw new NullPointerException("backupIds[" + index + "] is null");
      }
      try {
        ids.add(Inputs.requireValidBackupId(id));
      } catch (IllegalArgumentException invalid) {
        throw new IllegalArgumentException("backupIds[" + index + "] is invalid: " + invalid.getMessage(), invalid);
      }
      index++;
    }
    ensureOpen();
    return new BulkRead<>(ids, bulkWindow(),
        id -> executor.executeAsyncWhenSent(operation(id), timeout -> fetcher.fetchAsync(id, timeout)),
        BackupResult::success, BackupResult::failure).stream();
  }

  /**
   * How many ids of a bulk read may be in flight or wait to be consumed: {@value #BULK_WINDOW},
   * or fewer under a configured Resilience4j rate limiter, which reserves its permits ahead and
   * refuses one beyond its timeout: so few that the last of them waits for a permit at most half
   * the call's deadline.
   */
  private int bulkWindow() {
    if (rateLimiter == null) {
      return BULK_WINDOW;
    }
    RateLimiterConfig config = rateLimiter.getRateLimiterConfig();
    double permitsPerSecond = config.getLimitForPeriod() * 1e9 / config.getLimitRefreshPeriod().toNanos();
    Duration patience = config.getTimeoutDuration().compareTo(callTimeout) < 0 ? config.getTimeoutDuration() : callTimeout;
    double fits = permitsPerSecond * patience.toNanos() / 1e9 / 2;
    return (int) Math.max(1, Math.min(BULK_WINDOW, fits));
  }

  /**
   * Lists backups page by page, newest first unless the request says otherwise. Lazy: nothing is
   * sent until the result is iterated, and each page is fetched only when the items before it
   * have been consumed. Each page is a call of its own, with the client's retries, circuit
   * breaker, rate limit and a deadline of its own.
   *
   * <p>The walk stays correct while backups are created and expire: it yields no backup twice,
   * and misses none that existed for the whole walk (it pages by start time, not by page number;
   * see the README's "Finding backups").
   *
   * @param request what to list
   * @return the backups; each iteration walks the listing afresh. A page that cannot be fetched
   *     throws from the iterator's {@code hasNext()} or {@code next()} what {@link
   *     #getBackup(String)} would throw (a {@link io.github.clumiojava.ClumioResponseException}
   *     for a body that is not a page)
   * @throws NullPointerException if {@code request} is null
   * @throws IllegalStateException if the client is closed (thrown at once, and by a later
   *     iteration)
   */
  public PagedIterable<DynamoDbTableBackup> listBackups(ListBackupsRequest request) {
    Objects.requireNonNull(request, "request must not be null");
    ensureOpen();
    return new PagedIterable<>(() -> BackupListing.walk(request, this::fetchPage));
  }

  /**
   * Lists backups like {@link #listBackups(ListBackupsRequest)}, without blocking, as a Reactive
   * Streams publisher of the JDK ({@link Flow}; no reactive library needed, and adapters such as
   * Reactor's {@code JdkFlowAdapter} turn it into theirs). It is cold and lazy: each subscriber
   * walks the listing afresh, and a page is fetched only when the subscriber's demand needs it;
   * cancelling the subscription cancels the page in flight and fetches no more. Signals are
   * delivered on the client's completion threads (or the thread that requests), one at a time. A
   * page that cannot be fetched ends the stream with {@code onError} and the exception {@link
   * #listBackups} would throw.
   *
   * @param request what to list
   * @return the publisher; it obeys the Reactive Streams rules (the TCK runs in the build)
   * @throws NullPointerException if {@code request} is null
   * @throws IllegalStateException if the client is closed (once it is, a subscription that
   *     requests gets {@code onError} with it)
   */
  public Flow.Publisher<DynamoDbTableBackup> listBackupsAsync(ListBackupsRequest request) {
    Objects.requireNonNull(request, "request must not be null");
    ensureOpen();
    return new PagingPublisher<>(() -> BackupListing.asyncWalk(request, this::fetchPageAsync));
  }

  /**
   * Returns, without blocking, the newest backup of a table that can still be restored, like
   * {@link #latestRestorableBackup(String)}. Cancelling the future cancels the page in flight.
   *
   * @param tableId the Clumio table id
   * @return a future of the backup, or of empty when none can be restored; it completes
   *     exceptionally with what {@link #latestRestorableBackup(String)} would throw
   * @throws NullPointerException if {@code tableId} is null (thrown at once)
   * @throws IllegalArgumentException if {@code tableId} is blank, or holds a control character or an
   *     unpaired surrogate (thrown at once)
   * @throws IllegalStateException if the client is closed (thrown at once)
   */
  public CompletableFuture<Optional<DynamoDbTableBackup>> latestRestorableBackupAsync(String tableId) {
    ListBackupsRequest request = latestRequest(tableId);
    ensureOpen();
    return FirstMatch.find(BackupListing.asyncWalk(request, this::fetchPageAsync), backup -> !backup.isExpired(clock));
  }

  /**
   * Returns the newest backup of a table that can still be restored: the newest one that has not
   * expired by the client's clock. A newer backup that has already expired (a short retention)
   * is skipped. Fetches no more pages than it needs.
   *
   * @param tableId the Clumio table id
   * @return the backup, or empty when the table has no backup that can be restored
   * @throws NullPointerException if {@code tableId} is null
   * @throws IllegalArgumentException if {@code tableId} is blank, or holds a control character or an
   *     unpaired surrogate
   * @throws io.github.clumiojava.ClumioException as {@link #listBackups} throws for a page
   * @throws IllegalStateException if the client is closed
   */
  public Optional<DynamoDbTableBackup> latestRestorableBackup(String tableId) {
    ListBackupsRequest request = latestRequest(tableId);
    ensureOpen();
    return listBackups(request).stream().filter(backup -> !backup.isExpired(clock)).findFirst();
  }

  private static ListBackupsRequest latestRequest(String tableId) {
    return ListBackupsRequest.builder().tableId(tableId).pageSize(LATEST_PAGE_SIZE).build();
  }

  private BackupPage fetchPage(PageQuery query) {
    ensureOpen();
    return executor.execute(pageOperation(query), timeout -> fetcher.fetchPage(query, timeout));
  }

  private CompletableFuture<BackupPage> fetchPageAsync(PageQuery query) {
    return executor.executeAsync(pageOperation(query), timeout -> fetcher.fetchPageAsync(query, timeout));
  }

  private static String pageOperation(PageQuery query) {
    return "listBackups(page " + query.page() + ")";
  }

  /**
   * Returns the client's Resilience4j Retry, to observe its events ({@code
   * retry().getEventPublisher()}) and metrics.
   *
   * @return the retry; never null
   */
  public Retry retry() {
    return retry;
  }

  /**
   * Returns the client's Resilience4j CircuitBreaker, to observe its state, events and metrics.
   *
   * @return the circuit breaker; never null
   */
  public CircuitBreaker circuitBreaker() {
    return circuitBreaker;
  }

  /**
   * Returns the client's rate limiter, if one is configured.
   *
   * @return the limiter, or empty
   */
  public Optional<RateLimiter> rateLimiter() {
    return Optional.ofNullable(rateLimiter);
  }

  /**
   * Returns the rate the client's adaptive rate limiting allows itself now, for metrics and
   * tests. Empty while the client does not limit itself: adaptive rate limiting is {@linkplain
   * DynamoDbBackupClientBuilder#adaptiveRateLimiting(boolean) off}, the service has not throttled
   * the client yet, or has not for a minute. Zero while every new request is held for the
   * {@code Retry-After} of a 429. A ceiling set with {@code maxRequestsPerSecond} or an
   * application's rate limiter applies on top of it.
   *
   * @return requests per second, or empty
   */
  public OptionalDouble adaptiveRateLimit() {
    return adaptiveLimit == null ? OptionalDouble.empty() : adaptiveLimit.currentRate();
  }

  /**
   * Returns the client's bulkhead, if one is configured.
   *
   * @return the bulkhead, or empty
   */
  public Optional<Bulkhead> bulkhead() {
    return Optional.ofNullable(bulkhead);
  }

  /**
   * Releases the client's connections and threads. Every pending call ends at once with {@link
   * IllegalStateException}, whether its request is in flight, it waits for its next attempt or
   * for a rate-limit permit; blocked callers wake up; later calls fail the same way. Idempotent.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      // Each step runs even if an earlier one threw (an application's listener, say).
      try {
        executor.close();
      } finally {
        try {
          deadlines.close();
        } finally {
          scheduler.shutdownNow();
          if (ownedCompletions != null) {
            ownedCompletions.shutdown(); // after the futures ended above are completed
          }
          stack.shutdown();
        }
      }
    }
  }

  /**
   * Describes the client's settings, never its token.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "DynamoDbBackupClient[baseUrl=" + baseUrl + ", organizationalUnit=" + organizationalUnit
        + ", name=" + circuitBreaker.getName() + (closed.get() ? ", closed" : "") + "]";
  }

  private static String operation(String backupId) {
    return "getBackup('" + backupId + "')";
  }

  private void ensureOpen() {
    if (closed.get()) {
      throw new IllegalStateException("This DynamoDbBackupClient is closed");
    }
  }
}
