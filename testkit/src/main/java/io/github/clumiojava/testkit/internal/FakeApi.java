package io.github.clumiojava.testkit.internal;

import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The state and behaviour of the fake Clumio API, without HTTP: the backups it holds, the faults
 * queued, the rate limit, the requests received; and the answer to each request.
 *
 * <p>Each request is handled in one step under the fake's lock, so that requests arriving on
 * several threads are recorded, meet queued faults and take rate-limit tokens in one order, their
 * arrival order. In that order: the request is recorded; the test's action for each request runs;
 * the next queued fault, if any, applies (a delay then lets the request go on); a request without a
 * token is refused with 403, one with another token with 401; the rate limit applies; the
 * operation answers. Thread-safe.
 *
 * <p>Not API: part of the test kit's implementation, which may change in any release.
 */
public final class FakeApi {
  /** The {@code error_code} Clumio answers a request without a token with. */
  static final long MISSING_TOKEN_CODE = 359;
  /** The {@code error_code} of the answer to an unknown backup id. */
  static final long NOT_FOUND_CODE = 12001;

  private final Object lock = new Object();
  private final String apiToken;
  private boolean anyToken;
  private Clock clock;
  private final Map<String, StoredBackup> backups = new LinkedHashMap<>();
  private final FaultQueue faults = new FaultQueue();
  private final List<IncomingRequest> requests = new ArrayList<>();
  private TokenBucket rateLimit;
  private Consumer<IncomingRequest> onEachRequest;

  /**
   * Creates the fake.
   *
   * @param apiToken the token it accepts
   * @param clock the clock the rate limit reads
   */
  public FakeApi(String apiToken, Clock clock) {
    this.apiToken = Objects.requireNonNull(apiToken, "apiToken");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Sets the clock the rate limit reads from now on. */
  public void clock(Clock newClock) {
    synchronized (lock) {
      clock = Objects.requireNonNull(newClock, "clock");
    }
  }

  /** Accepts any bearer token from now on. */
  public void acceptAnyToken() {
    synchronized (lock) {
      anyToken = true;
    }
  }

  /**
   * Adds a backup, or replaces the one with its id.
   *
   * @param backup the backup; its id must be present
   * @throws IllegalArgumentException if the backup cannot be served as given (see {@link WireJson#backup})
   */
  public void addBackup(DynamoDbTableBackup backup) {
    StoredBackup stored = StoredBackup.of(backup);
    synchronized (lock) {
      backups.put(backup.id(), stored);
    }
  }

  /**
   * Removes a backup.
   *
   * @param id its id
   * @return whether the fake held it
   */
  public boolean removeBackup(String id) {
    synchronized (lock) {
      return backups.remove(id) != null;
    }
  }

  /**
   * Returns the backups held, in the order they were added.
   *
   * @return a snapshot
   */
  public List<DynamoDbTableBackup> backups() {
    synchronized (lock) {
      return backups.values().stream().map(StoredBackup::backup).toList();
    }
  }

  /** Queues a failure with this status for the next {@code count} requests. */
  public void failNext(int count, int status) {
    queue(new Fault.Fail(status), count);
  }

  /** Queues a 429 with this {@code Retry-After} for the next {@code count} requests. */
  public void throttleNext(int count, Duration retryAfter) {
    queue(new Fault.Throttle(retryAfter), count);
  }

  /** Queues a delay for the next {@code count} requests. */
  public void delayNext(int count, Duration delay) {
    queue(new Fault.Delay(delay), count);
  }

  /** Queues a dropped connection for the next {@code count} requests. */
  public void dropNext(int count) {
    queue(new Fault.Drop(), count);
  }

  private void queue(Fault fault, int count) {
    synchronized (lock) {
      faults.add(fault, count);
    }
  }

  /** Limits the requests to this many per second, from now on; replaces an earlier limit. */
  public void rateLimit(int perSecond) {
    synchronized (lock) {
      rateLimit = new TokenBucket(perSecond, clock.instant());
    }
  }

  /** Runs the action on each request as it arrives; replaces an earlier action. */
  public void onEachRequest(Consumer<IncomingRequest> action) {
    synchronized (lock) {
      onEachRequest = action;
    }
  }

  /**
   * Returns the requests received, in arrival order.
   *
   * @return a snapshot
   */
  public List<IncomingRequest> requests() {
    synchronized (lock) {
      return List.copyOf(requests);
    }
  }

  /** Forgets backups, faults, the rate limit, the action on each request and the requests. */
  public void reset() {
    synchronized (lock) {
      backups.clear();
      faults.clear();
      requests.clear();
      rateLimit = null;
      onEachRequest = null;
    }
  }

  /**
   * Answers a request, as the class comment describes.
   *
   * @param request the request
   * @return the answer
   */
  public Answer answer(IncomingRequest request) {
    synchronized (lock) {
      requests.add(request);
      if (onEachRequest != null) {
        try {
          onEachRequest.accept(request);
        } catch (RuntimeException | AssertionError e) {
          return Answer.error(500, 500, "FakeClumio: the onEachRequest action threw " + e);
        }
      }
      Optional<Fault> fault = faults.take();
      if (fault.isPresent() && !(fault.get() instanceof Fault.Delay)) {
        return faultAnswer(fault.get());
      }
      Answer answer = answerInTurn(request);
      return fault.map(delay -> answer.after(((Fault.Delay) delay).delay())).orElse(answer);
    }
  }

  private static Answer faultAnswer(Fault fault) {
    if (fault instanceof Fault.Fail fail) {
      return Answer.error(fail.status(), fail.status(),
          "FakeClumio: injected failure with status " + fail.status() + " (failNextRequests)");
    } else if (fault instanceof Fault.Throttle throttle) {
      return Answer.tooManyRequests(throttle.retryAfter().toSeconds(), "FakeClumio: injected throttling (throttleNextRequests)");
    }
    return Answer.dropped();
  }

  private Answer answerInTurn(IncomingRequest request) {
    Optional<String> authorization = request.header("Authorization");
    if (authorization.isEmpty()) {
      return Answer.error(403, MISSING_TOKEN_CODE, "The authentication token is missing");
    }
    if (!accepts(authorization.get())) {
      return Answer.error(401, 401, "The authentication token is invalid or has expired");
    }
    if (rateLimit != null) {
      Optional<Duration> wait = rateLimit.take(clock.instant());
      if (wait.isPresent()) {
        long seconds = Math.max(1, (wait.get().toNanos() + 999_999_999L) / 1_000_000_000L);
        return Answer.tooManyRequests(seconds, "Rate limit exceeded: at most " + rateLimit.perSecond()
            + " requests per second");
      }
    }
    return route(request);
  }

  private boolean accepts(String authorization) {
    int space = authorization.indexOf(' ');
    if (space < 0 || !authorization.substring(0, space).equalsIgnoreCase("Bearer")) {
      return false;
    }
    String token = authorization.substring(space + 1).strip();
    return anyToken ? !token.isEmpty() : token.equals(apiToken);
  }

  private Answer route(IncomingRequest request) {
    String path = request.path();
    if (request.method().equals("GET") && path.equals(BackupList.PATH)) {
      return BackupList.answer(request, backups.values());
    }
    String prefix = BackupList.PATH + "/";
    if (request.method().equals("GET") && path.startsWith(prefix) && path.length() > prefix.length()
        && path.indexOf('/', prefix.length()) < 0) {
      StoredBackup backup = backups.get(PercentDecoding.decodePathSegment(path.substring(prefix.length())));
      return backup == null ? Answer.error(404, NOT_FOUND_CODE, "The backup does not exist")
          : Answer.ok(backup.json().toString());
    }
    return Answer.error(404, 404, "FakeClumio serves GET " + BackupList.PATH + " and GET " + prefix
        + "{backup_id}, not " + request.method() + " " + path);
  }
}
