package io.github.clumiojava.internal;

import io.github.clumiojava.ClumioResponseException;
import io.github.clumiojava.ClumioTransportException;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import java.io.IOException;
import javax.net.ssl.SSLException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Headers;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt of an operation (read a backup, or fetch a page of the backup list): build the
 * request from the generated interface, send it with the time the call has left, read the whole
 * body, and return the value or throw the typed exception. Retries, circuit breaking and
 * deadlines wrap this from outside ({@link ResilientExecutor}); an attempt knows nothing of them.
 *
 * <p>Not API: part of the library's implementation, which may change in any release.
 */
public final class BackupFetcher {
  private static final Logger LOG = LoggerFactory.getLogger(BackupFetcher.class);

  /** How many times one attempt is sent again because its pooled connection was stale. */
  static final int MAX_REPLAYS = 2;

  /** The most bytes of an error body read; what follows is not needed to report the error. */
  static final int MAX_ERROR_BODY = 64 * 1024;

  private final HttpStack stack;
  private final CallDeadlines deadlines;
  private final JsonCodec codec;
  private final HttpErrors errors;
  private final String organizationalUnit;
  private final long maxResponseSize;
  private final Reader<DynamoDbTableBackup> backupReader;
  private final Reader<BackupPage> pageReader;

  /** Reads a 2xx body into a value. */
  @FunctionalInterface
  private interface BodyParser<T> {
    T parse(byte[] body) throws IOException;
  }

  /** What a 2xx body must be (for messages: "not a readable ..."), and how to read it. */
  private record Reader<T>(String what, BodyParser<T> parser) {}

  /**
   * Creates the fetcher.
   *
   * @param stack the HTTP layer
   * @param deadlines cancels attempts whose time is up
   * @param codec reads bodies
   * @param clock measures {@code Retry-After} dates
   * @param organizationalUnit the organizational unit to send, or null for none
   * @param maxResponseSize the largest success body accepted, in bytes
   */
  public BackupFetcher(HttpStack stack, CallDeadlines deadlines, JsonCodec codec, Clock clock,
      String organizationalUnit, long maxResponseSize) {
    this.stack = stack;
    this.deadlines = deadlines;
    this.codec = codec;
    this.errors = new HttpErrors(codec, clock);
    this.organizationalUnit = organizationalUnit;
    this.maxResponseSize = maxResponseSize;
    this.backupReader = new Reader<>("a readable backup", body -> {
      JsonCodec.ParsedBackup parsed = codec.readBackup(body);
      return BackupMapper.toBackup(parsed.dto(), parsed.unknownFields());
    });
    this.pageReader = new Reader<>("a readable page of backups", body -> BackupMapper.toPage(codec.readPage(body)));
  }

  /**
   * Makes one attempt, blocking.
   *
   * @param backupId a validated backup id
   * @param timeout the longest the attempt may take, end to end
   * @return the backup
   * @throws io.github.clumiojava.ClumioApiException for an HTTP error status
   * @throws ClumioTransportException if no complete answer arrived in time, or the thread was
   *     interrupted (its interrupt flag is then set)
   * @throws ClumioResponseException if a success answer's body is not a readable backup
   * @throws IllegalStateException if the client is closed, or was closed during the attempt
   */
  public DynamoDbTableBackup fetch(String backupId, Duration timeout) {
    return execute(() -> backupRequest(backupId), backupReader, timeout);
  }

  /**
   * Fetches one page of the backup list, blocking.
   *
   * @param query the page's query parameters
   * @param timeout the longest the attempt may take, end to end
   * @return the page
   * @throws io.github.clumiojava.ClumioApiException for an HTTP error status
   * @throws ClumioTransportException as {@link #fetch}
   * @throws ClumioResponseException if a success answer's body is not a readable page
   * @throws IllegalStateException if the client is closed, or was closed during the attempt
   */
  public BackupPage fetchPage(PageQuery query, Duration timeout) {
    return execute(() -> pageRequest(query), pageReader, timeout);
  }

  /**
   * Starts fetching one page of the backup list without blocking, like {@link #fetchAsync}.
   *
   * @param query the page's query parameters
   * @param timeout the longest the attempt may take, end to end
   * @return the attempt
   */
  public AsyncAttempt<BackupPage> fetchPageAsync(PageQuery query, Duration timeout) {
    return enqueue(() -> pageRequest(query), pageReader, timeout);
  }

  private <T> T execute(Supplier<Request> request, Reader<T> reader, Duration timeout) {
    long end = System.nanoTime() + timeout.toNanos();
    for (int replay = 0; ; replay++) {
      Call call = newCall(request.get());
      long start = System.nanoTime();
      CallDeadlines.Deadline deadline = deadlines.start(call, untilEnd(end), Thread.currentThread());
      try (deadline; Response response = call.execute()) {
        return handle(call, response, start, reader);
      } catch (StaleConnections.StaleConnectionException stale) {
        if (!mayReplay(call, replay, stale)) {
          throw transportFailure(call, deadline, stale);
        }
      } catch (IOException e) {
        throw transportFailure(call, deadline, e);
      }
    }
  }

  /**
   * Starts one attempt without blocking; the result completes on an OkHttp thread.
   *
   * @param backupId a validated backup id
   * @param timeout the longest the attempt may take, end to end
   * @return the attempt: its result (failing with the same exceptions as {@link #fetch}) and a
   *     way to cancel the HTTP call
   */
  public AsyncAttempt<DynamoDbTableBackup> fetchAsync(String backupId, Duration timeout) {
    return enqueue(() -> backupRequest(backupId), backupReader, timeout);
  }

  private <T> AsyncAttempt<T> enqueue(Supplier<Request> request, Reader<T> reader, Duration timeout) {
    AsyncExchange<T> exchange = new AsyncExchange<>(request, reader, System.nanoTime() + timeout.toNanos());
    exchange.send(0);
    return new AsyncAttempt<>(exchange.result, exchange::cancel);
  }

  /** One asynchronous attempt: its HTTP call, and the replay of a call that met a stale connection. */
  private final class AsyncExchange<T> {
    final CompletableFuture<T> result = new CompletableFuture<>();
    private final Supplier<Request> request;
    private final Reader<T> reader;
    private final long end;
    private volatile Call current;
    private volatile boolean cancelled;

    AsyncExchange(Supplier<Request> request, Reader<T> reader, long end) {
      this.request = request;
      this.reader = reader;
      this.end = end;
    }

    void send(int replay) {
      Call call = newCall(request.get());
      current = call;
      long start = System.nanoTime();
      CallDeadlines.Deadline deadline = deadlines.start(call, untilEnd(end), null);
      call.enqueue(new Callback() {
        @Override
        public void onResponse(Call c, Response response) {
          try (deadline; response) {
            result.complete(handle(c, response, start, reader));
          } catch (IOException e) {
            result.completeExceptionally(transportFailure(c, deadline, e));
          } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
            if (e instanceof VirtualMachineError fatal) {
              throw fatal;
            }
          }
        }

        @Override
        public void onFailure(Call c, IOException e) {
          deadline.close();
          Throwable applicationFailure = applicationFailure(c, deadline, e);
          if (applicationFailure != null) {
            result.completeExceptionally(applicationFailure);
            return;
          }
          if (e instanceof StaleConnections.StaleConnectionException stale && mayReplay(c, replay, stale)) {
            try {
              send(replay + 1);
            } catch (RuntimeException closed) {
              result.completeExceptionally(closed);
            }
            return;
          }
          result.completeExceptionally(transportFailure(c, deadline, e));
        }
      });
      if (cancelled) {
        call.cancel(); // cancel() ran while this replay was being set up
      }
    }

    void cancel() {
      cancelled = true;
      current.cancel();
    }
  }

  /**
   * What application code (an interceptor or event listener) threw during an asynchronous call,
   * if that is why it failed: OkHttp then cancels the call and reports an {@code IOException}
   * ("canceled due to ...") with the throwable as its cause (OkHttp 5) or suppressed (4). Such a failure is not the service's:
   * the caller gets the throwable itself, and it is neither retried nor recorded.
   */
  private static Throwable applicationFailure(Call call, CallDeadlines.Deadline deadline, IOException e) {
    if (!call.isCanceled() || deadline.ending() != CallDeadlines.Ending.NONE) {
      return null;
    }
    if (e.getCause() != null && !(e.getCause() instanceof IOException)) {
      return e.getCause(); // OkHttp 5
    }
    for (Throwable suppressed : e.getSuppressed()) {
      if (!(suppressed instanceof IOException)) {
        return suppressed;
      }
    }
    return null;
  }

  /**
   * Whether to send a request again at once because its pooled connection turned out to be
   * closed: not if the call was cancelled, nor more than {@value #MAX_REPLAYS} times (the pool
   * may hold several such connections).
   */
  private static boolean mayReplay(Call call, int replaysSoFar, IOException stale) {
    if (call.isCanceled() || replaysSoFar >= MAX_REPLAYS) {
      return false;
    }
    LOG.debug("{} met a pooled connection the server had closed ({}); sending it again on another connection",
        operation(call), stale.getCause() == null ? stale : stale.getCause().toString());
    return true;
  }

  private static Duration untilEnd(long end) {
    return Duration.ofNanos(Math.max(0, end - System.nanoTime()));
  }

  private Request backupRequest(String backupId) {
    return withBracketsEncoded(stack.api().readDynamoDbTableBackup(backupId, organizationalUnit).request());
  }

  /**
   * The request with any {@code [} and {@code ]} in its path percent-encoded. OkHttp sends them
   * as they are, but RFC 3986 allows them only around an IP address in the host: servers and
   * proxies that parse the request target strictly refuse such a path.
   */
  private static Request withBracketsEncoded(Request request) {
    String path = request.url().encodedPath();
    if (path.indexOf('[') < 0 && path.indexOf(']') < 0) {
      return request;
    }
    String encoded = path.replace("[", "%5B").replace("]", "%5D");
    return request.newBuilder().url(request.url().newBuilder().encodedPath(encoded).build()).build();
  }

  private Request pageRequest(PageQuery query) {
    return stack.api().listDynamoDbTableBackups(query.limit(), Integer.toString(query.page()), query.sort(),
        query.filter(), organizationalUnit).request();
  }

  private Call newCall(Request request) {
    Call call = stack.http().newCall(request);
    if (LOG.isDebugEnabled()) {
      LOG.debug("Sending {}", operation(call));
    }
    return call;
  }

  private <T> T handle(Call call, Response response, long start, Reader<T> reader) throws IOException {
    int status = response.code();
    byte[] body = response.isSuccessful()
        ? readSuccessBody(call, response)
        : BoundedBody.read(response.body(), MAX_ERROR_BODY).bytes();
    if (LOG.isDebugEnabled()) {
      LOG.debug("{} answered HTTP {} with {} bytes in {} ms",
          operation(call), status, body.length, (System.nanoTime() - start) / 1_000_000);
    }
    // The operation is named (a URL built) only when a message needs it, never on success.
    return interpret(() -> operation(call), status, response.headers(), body, reader);
  }

  /**
   * Turns a complete answer into the backup or the typed exception. Never throws anything but
   * the exceptions below, whatever the bytes.
   *
   * @param operation names the call in messages
   * @param status the HTTP status
   * @param headers the answer's headers
   * @param body the answer's body
   * @return the backup, for a 2xx status with a readable body
   * @throws io.github.clumiojava.ClumioApiException for any other status
   * @throws ClumioResponseException for a 2xx status whose body is not a readable backup
   */
  public DynamoDbTableBackup interpret(String operation, int status, Headers headers, byte[] body) {
    return interpret(() -> operation, status, headers, body, backupReader);
  }

  /**
   * Turns a complete answer to a page request into the page or the typed exception, like {@link
   * #interpret}. Never throws anything but the exceptions below, whatever the bytes.
   *
   * @param operation names the call in messages
   * @param status the HTTP status
   * @param headers the answer's headers
   * @param body the answer's body
   * @return the page, for a 2xx status with a readable body
   * @throws io.github.clumiojava.ClumioApiException for any other status
   * @throws ClumioResponseException for a 2xx status whose body is not a readable page
   */
  public BackupPage interpretPage(String operation, int status, Headers headers, byte[] body) {
    return interpret(() -> operation, status, headers, body, pageReader);
  }

  private <T> T interpret(Supplier<String> operation, int status, Headers headers, byte[] body, Reader<T> reader) {
    if (status < 200 || status > 299) {
      throw errors.toException(operation.get(), status, headers, body);
    }
    try {
      return reader.parser().parse(body);
    } catch (IOException | RuntimeException e) {
      // A wrong type's message is its path and what was there; the class name would add nothing.
      String reason = e instanceof WrongJsonTypeException ? e.getMessage() : describe(e);
      throw new ClumioResponseException(operation.get() + " answered HTTP " + status
          + " with a body that is not " + reader.what() + ": " + reason, status, BodyExcerpt.of(body), e);
    }
  }

  private byte[] readSuccessBody(Call call, Response response) throws IOException {
    long declared = response.body() == null ? -1 : response.body().contentLength();
    if (declared > maxResponseSize) {
      throw tooLarge(operation(call), response.code(), "declares " + declared + " bytes", new byte[0]);
    }
    BoundedBody body = BoundedBody.read(response.body(), maxResponseSize);
    if (body.truncated()) {
      throw tooLarge(operation(call), response.code(), "is longer", body.bytes());
    }
    return body.bytes();
  }

  private ClumioResponseException tooLarge(String operation, int status, String what, byte[] start) {
    return new ClumioResponseException(operation + " answered HTTP " + status + " with a body that " + what
        + " than the limit of " + maxResponseSize + " bytes (maxResponseSize); it was not read",
        status, BodyExcerpt.of(start), null);
  }

  /**
   * The exception for an attempt that got no complete answer: a {@link ClumioTransportException},
   * or an {@link IllegalStateException} if the client was closed during it (not worth a retry).
   */
  private static RuntimeException transportFailure(Call call, CallDeadlines.Deadline deadline, IOException e) {
    // isCanceled() first: the deadline's ending is set before it cancels the call.
    boolean cancelled = call.isCanceled();
    CallDeadlines.Ending ending = deadline.ending();
    if (cancelled && ending == CallDeadlines.Ending.CLIENT_CLOSED) {
      LOG.debug("{} was cut off: the client was closed", operation(call));
      return new IllegalStateException("This DynamoDbBackupClient was closed during " + operation(call), e);
    }
    if (cancelled && ending == CallDeadlines.Ending.INTERRUPTED) {
      LOG.debug("{} was cut off: the waiting thread was interrupted", operation(call));
      Thread.currentThread().interrupt(); // the waiting thread, whose flag the attempt may have cleared
      return new ClumioTransportException(operation(call) + " was interrupted", e);
    }
    String reason;
    if (cancelled && ending == CallDeadlines.Ending.DEADLINE_PASSED) {
      reason = "the call's deadline passed";
    } else if (cancelled) {
      reason = "the call was cancelled";
    } else if (e instanceof SSLException) {
      reason = "TLS failed, the server's certificate is not trusted or the handshake broke (" + describe(e)
          + "); for a private CA or a TLS-inspecting proxy, give the client its trust with sslContext(...)";
    } else {
      reason = describe(e);
    }
    LOG.debug("{} failed: {}", operation(call), reason);
    return new ClumioTransportException(operation(call) + " failed: " + reason, e);
  }

  private static String operation(Call call) {
    Request request = call.request();
    return request.method() + " " + request.url().newBuilder().query(null).fragment(null).build();
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
  }
}
