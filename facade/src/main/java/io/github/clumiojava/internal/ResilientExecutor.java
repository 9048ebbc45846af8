package io.github.clumiojava.internal;

import io.github.clumiojava.ClumioApiException;
import io.github.clumiojava.ClumioCircuitOpenException;
import io.github.clumiojava.ClumioException;
import io.github.clumiojava.ClumioLimitExceededException;
import io.github.clumiojava.ClumioResponseException;
import io.github.clumiojava.ClumioThrottledException;
import io.github.clumiojava.ClumioTransportException;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.retry.Retry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a call as a series of attempts under one deadline.
 *
 * <p>The circuit breaker judges the call, not its attempts: the call takes one permission when
 * it starts (failing at once while the circuit is open) and settles it once when it ends (see
 * {@link BreakerPermit}). Around each attempt: the optional rate limiter (wait for a permit
 * within the deadline), the adaptive rate limit ({@link SendPacer}: wait for the turn within the
 * deadline; the attempt's answer is reported back to it), the optional bulkhead (fail at once
 * when full). Between attempts, the
 * Resilience4j retry decides whether and how long to wait ({@link BackoffPolicy}, {@link
 * FailurePolicy}), within the deadline and the client's {@link RetryBudget}; no retry is sent
 * while the circuit is open. Synchronous calls wait on the caller's thread; asynchronous ones
 * schedule the next step and never block a thread.
 *
 * <p>A cancelled or interrupted call ends at once, is not retried and is not recorded by the
 * breaker. {@link #close()} ends every pending call with {@link IllegalStateException}.
 *
 * <p>Thread-safe.
 *
 * <p>Not API: part of the library's implementation, which may change in any release.
 */
public final class ResilientExecutor implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ResilientExecutor.class);
  private static final Runnable NOTHING = () -> { };

  private final Retry retry;
  private final CircuitBreaker circuitBreaker;
  private final RateLimiter rateLimiter;
  private final AdaptiveRateLimit adaptiveLimit;
  private final SendPacer pacer;
  private final int sendWindow;
  private final Bulkhead bulkhead;
  private final RetryBudget budget;
  private final Duration callTimeout;
  private final ScheduledExecutorService scheduler;
  private final Executor completions;
  private final CountDownLatch closeSignal = new CountDownLatch(1);
  private final Set<AsyncCall<?>> pending = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  /**
   * The policies an executor applies.
   *
   * @param retry decides on retries and their delays
   * @param circuitBreaker judges every call
   * @param rateLimiter limits attempts per period, or null for none
   * @param adaptiveLimit paces attempts by the service's throttling, or null for none
   * @param sendWindow the most asynchronous attempts in flight at once under the adaptive limit:
   *     as many as the HTTP layer runs at once
   * @param bulkhead limits concurrent attempts, or null for none
   * @param budget bounds retries after failures of the service
   * @param callTimeout the deadline of a whole call, every attempt and wait included
   */
  public record Policies(Retry retry, CircuitBreaker circuitBreaker, RateLimiter rateLimiter,
      AdaptiveRateLimit adaptiveLimit, int sendWindow, Bulkhead bulkhead, RetryBudget budget, Duration callTimeout) {}

  /**
   * Creates the executor.
   *
   * @param policies what to apply
   * @param scheduler runs the asynchronous waits
   * @param completions completes the futures handed to the application, so that its
   *     continuations never run on HTTP threads
   */
  public ResilientExecutor(Policies policies, ScheduledExecutorService scheduler, Executor completions) {
    this.retry = policies.retry();
    this.circuitBreaker = policies.circuitBreaker();
    this.rateLimiter = policies.rateLimiter();
    this.adaptiveLimit = policies.adaptiveLimit();
    this.sendWindow = policies.sendWindow();
    this.pacer = adaptiveLimit == null ? null : new SendPacer(adaptiveLimit, sendWindow, scheduler);
    this.bulkhead = policies.bulkhead();
    this.budget = policies.budget();
    this.callTimeout = policies.callTimeout();
    this.scheduler = scheduler;
    this.completions = completions;
  }

  /**
   * Runs a call, blocking until it succeeds, fails for good, its deadline passes, the thread is
   * interrupted or the executor is closed.
   *
   * @param operation names the call in messages and logs
   * @param attempt one attempt, given the time the call has left
   * @param <T> the result type
   * @return the first successful attempt's result
   * @throws ClumioException the last attempt's failure, with the attempt count and the earlier
   *     failures attached
   * @throws IllegalStateException if the executor is closed, or is closed during the call
   */
  public <T> T execute(String operation, Function<Duration, T> attempt) {
    long deadline = System.nanoTime() + callTimeout.toNanos();
    BreakerPermit permit = BreakerPermit.tryAcquire(circuitBreaker);
    if (permit == null) {
      throw circuitOpen(operation);
    }
    budget.onCall();
    try {
      return attempts(operation, attempt, deadline, permit);
    } finally {
      permit.release(); // only if no path above settled it: interrupted, closed, or a bug
    }
  }

  private <T> T attempts(String operation, Function<Duration, T> attempt, long deadline, BreakerPermit permit) {
    Retry.AsyncContext<Object> context = retry.asyncContext();
    List<ClumioException> failures = new ArrayList<>();
    boolean tokenHeld = false;
    while (true) {
      ClumioException failure;
      try {
        T result = attempt(operation, attempt, deadline);
        if (tokenHeld) {
          budget.refund();
        }
        context.onComplete();
        permit.success();
        return result;
      } catch (ClumioException e) {
        failure = e;
      }
      if (tokenHeld && failure instanceof ClumioLimitExceededException) {
        budget.refund(); // the retry the token was taken for was not sent
        tokenHeld = false;
      }
      if (Thread.currentThread().isInterrupted()) {
        throw Attempts.exhausted(failure, failures); // unrecorded: the caller stopped the call
      }
      Decision decision = decide(context, failure, deadline);
      if (decision.delayMillis() < 0) {
        settle(permit, failure, failures);
        throw Attempts.exhausted(failure, failures);
      }
      tokenHeld = decision.tokenTaken();
      failures.add(failure);
      logRetry(operation, failures.size(), decision.delayMillis(), failure);
      try {
        pause(operation, decision.delayMillis(), failures);
      } catch (RuntimeException closedOrInterrupted) {
        if (tokenHeld) {
          budget.refund(); // the retry the token was for is never sent
        }
        throw closedOrInterrupted;
      }
      if (permit.circuitOpenedSince()) {
        failures.remove(failures.size() - 1);
        if (tokenHeld) {
          budget.refund();
        }
        settle(permit, failure, failures);
        ClumioException last = Attempts.exhausted(failure, failures);
        last.addSuppressed(circuitOpen(operation));
        throw last;
      }
    }
  }

  /** One attempt with its rate limit and bulkhead. */
  private <T> T attempt(String operation, Function<Duration, T> attempt, long deadline) {
    ensureOpen(operation);
    long wait = reserveRateLimit(operation, deadline);
    if (wait > 0) {
      try {
        if (closeSignal.await(wait, TimeUnit.NANOSECONDS)) {
          throw closedDuring(operation);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ClumioTransportException(operation + " was interrupted while waiting for a rate-limit permit", e);
      }
    }
    int epoch = awaitTurn(operation, deadline);
    acquireBulkhead(operation);
    try {
      T result = attempt.apply(remaining(deadline));
      observe(epoch, null);
      return result;
    } catch (ClumioException failure) {
      observe(epoch, failure);
      throw failure;
    } finally {
      releaseBulkhead();
    }
  }

  /**
   * Waits, blocking, for the adaptive rate limit's turn of a synchronous attempt.
   *
   * @return the epoch the attempt is sent in
   */
  private int awaitTurn(String operation, long deadline) {
    if (pacer == null) {
      return 0;
    }
    int epoch = pacer.tryAcquire(false);
    if (epoch >= 0) {
      return epoch;
    }
    CompletableFuture<Integer> turn = pacer.enqueue(deadline, false);
    try {
      return turn.get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException deadlinePassed) {
      if (turn.cancel(false)) {
        throw noTurnBeforeDeadline(operation);
      }
      if (turn.isCompletedExceptionally()) {
        throw closedDuring(operation); // getNow would throw it wrapped in a CompletionException
      }
      return turn.join(); // granted meanwhile
    } catch (InterruptedException e) {
      turn.cancel(false);
      Thread.currentThread().interrupt();
      throw new ClumioTransportException(operation
          + " was interrupted while waiting for its turn under the adaptive rate limit", e);
    } catch (ExecutionException closed) {
      throw closedDuring(operation);
    }
  }

  /**
   * Tells the adaptive rate limit how the service answered an attempt: a 429, or any other
   * answer (an error status or an unreadable body included). A transport failure is no answer.
   */
  private void observe(int epoch, Throwable failure) {
    if (adaptiveLimit == null) {
      return;
    }
    if (failure instanceof ClumioThrottledException throttled) {
      adaptiveLimit.onThrottled(epoch, throttled.retryAfter().orElse(null));
    } else if (failure == null || failure instanceof ClumioApiException || failure instanceof ClumioResponseException) {
      adaptiveLimit.onAnswered();
    }
  }

  private ClumioLimitExceededException noTurnBeforeDeadline(String operation) {
    OptionalDouble now = adaptiveLimit.currentRate();
    if (now.isEmpty()) { // not throttled: the call waited for a send slot
      return new ClumioLimitExceededException(operation + " was not sent: the client's " + sendWindow
          + " send slots (requests in flight at once) stayed busy until the call's deadline", null);
    }
    String rate = String.format(Locale.ROOT, " (now %.1f requests/s)", now.getAsDouble());
    return new ClumioLimitExceededException(operation + " was not sent: the service throttled this client (HTTP 429), "
        + "and its adaptive rate limit" + rate + " had no turn for it before the call's deadline", null);
  }

  /** Waits before the next attempt; wakes at once when the executor is closed. */
  private void pause(String operation, long delayMillis, List<ClumioException> failures) {
    try {
      if (closeSignal.await(delayMillis, TimeUnit.MILLISECONDS)) {
        throw closedDuring(operation);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ClumioException last = failures.remove(failures.size() - 1);
      ClumioException interrupted = Attempts.exhausted(last, failures);
      interrupted.addSuppressed(e);
      throw interrupted;
    }
  }

  /**
   * Runs a call without blocking. Cancelling (or otherwise completing) the returned future stops
   * the call: the attempt in flight or the pending wait is cancelled, and nothing is recorded.
   * The future is completed on the completions executor.
   *
   * @param operation names the call in messages and logs
   * @param attempt starts one attempt, given the time the call has left
   * @param <T> the result type
   * @return completes like {@link #execute}: with the result, or with the last failure
   */
  public <T> CompletableFuture<T> executeAsync(String operation, Function<Duration, AsyncAttempt<T>> attempt) {
    return startAsync(operation, attempt, false);
  }

  /**
   * Runs a call like {@link #executeAsync}, except that its deadline starts when its first
   * request is sent: it waits for its turn under the adaptive rate limit as long as that takes
   * (until it is cancelled or the executor is closed), behind the calls whose deadlines come
   * earlier. For bulk reads that pace themselves.
   *
   * @param operation names the call in messages and logs
   * @param attempt starts one attempt, given the time the call has left
   * @param <T> the result type
   * @return completes like {@link #execute}
   */
  public <T> CompletableFuture<T> executeAsyncWhenSent(String operation, Function<Duration, AsyncAttempt<T>> attempt) {
    return startAsync(operation, attempt, true);
  }

  private <T> CompletableFuture<T> startAsync(String operation, Function<Duration, AsyncAttempt<T>> attempt,
      boolean deadlineFromFirstSend) {
    BreakerPermit permit = BreakerPermit.tryAcquire(circuitBreaker);
    if (permit == null) {
      return CompletableFuture.failedFuture(circuitOpen(operation));
    }
    budget.onCall();
    AsyncCall<T> call = new AsyncCall<>(operation, attempt, permit, deadlineFromFirstSend);
    pending.add(call);
    if (closed) {
      call.abort(closedDuring(operation)); // close() ran before the call was registered
    } else {
      call.guarded(call::next);
    }
    return call.result;
  }

  /**
   * Ends every pending call with {@link IllegalStateException}: synchronous ones wake from their
   * waits, asynchronous ones complete and cancel what they had in flight. Later calls fail the
   * same way. Idempotent.
   */
  @Override
  public void close() {
    closed = true;
    closeSignal.countDown();
    if (pacer != null) {
      pacer.close();
    }
    for (AsyncCall<?> call : pending) {
      call.abort(closedDuring(call.operation));
    }
  }

  private record Decision(long delayMillis, boolean tokenTaken) {}

  /**
   * Whether and when to retry: the retry's own decision, within the deadline and, for a failure
   * of the service, the retry budget.
   */
  private Decision decide(Retry.AsyncContext<Object> context, ClumioException failure, long deadline) {
    long remainingMillis = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
    boolean needsToken = FailurePolicy.countsAgainstTheService(failure);
    BackoffPolicy.Limits limits = new BackoffPolicy.Limits(remainingMillis, needsToken ? budget : null);
    long delay = BackoffPolicy.decide(limits, () -> context.onError(failure));
    boolean tokenTaken = limits.tokenTaken();
    // A Retry configured by the application knows neither the deadline nor the budget.
    if (delay >= remainingMillis) {
      delay = -1;
    }
    if (delay >= 0 && needsToken && !tokenTaken) {
      tokenTaken = budget.tryAcquire();
      delay = tokenTaken ? delay : -1;
    }
    if (delay < 0 && tokenTaken) {
      budget.refund();
      tokenTaken = false;
    }
    return new Decision(delay, tokenTaken);
  }

  /**
   * Records a call's final failure. When the client's own limit refused the last attempt, the
   * call is judged by its last failure that the service caused, or not at all if there is none.
   */
  private static void settle(BreakerPermit permit, ClumioException failure, List<ClumioException> earlier) {
    if (!(failure instanceof ClumioLimitExceededException)) {
      permit.failure(failure);
      return;
    }
    for (int i = earlier.size() - 1; i >= 0; i--) {
      if (FailurePolicy.countsAgainstTheService(earlier.get(i))) {
        permit.failure(earlier.get(i));
        return;
      }
    }
    permit.release();
  }

  private ClumioCircuitOpenException circuitOpen(String operation) {
    return new ClumioCircuitOpenException(operation + " was not sent: the circuit breaker '"
        + circuitBreaker.getName() + "' is " + circuitBreaker.getState() + " after too many failures", null,
        circuitBreaker.getCircuitBreakerConfig().isWritableStackTraceEnabled());
  }

  private void ensureOpen(String operation) {
    if (closed) {
      throw closedDuring(operation);
    }
  }

  private static IllegalStateException closedDuring(String operation) {
    return new IllegalStateException("This DynamoDbBackupClient was closed during " + operation);
  }

  /** Returns the nanoseconds to wait for a rate-limit permit. */
  private long reserveRateLimit(String operation, long deadline) {
    if (rateLimiter == null) {
      return 0;
    }
    long wait = rateLimiter.reservePermission();
    if (wait < 0 || wait >= deadline - System.nanoTime()) {
      throw new ClumioLimitExceededException(operation + " was not sent: the rate limiter '"
          + rateLimiter.getName() + "' has no permit before the call's deadline", null);
    }
    return wait;
  }

  private void acquireBulkhead(String operation) {
    if (bulkhead != null && !bulkhead.tryAcquirePermission()) {
      throw new ClumioLimitExceededException(operation + " was not sent: the bulkhead '" + bulkhead.getName()
          + "' allows " + bulkhead.getBulkheadConfig().getMaxConcurrentCalls() + " concurrent calls", null);
    }
  }

  private void releaseBulkhead() {
    if (bulkhead != null) {
      bulkhead.onComplete();
    }
  }

  /**
   * Cancels an HTTP call. What that runs may throw (an application's {@code
   * EventListener.canceled}); it is logged, and stops neither the cancelling nor {@code close()}.
   */
  private static void runQuietly(Runnable cancel) {
    try {
      cancel.run();
    } catch (RuntimeException | Error e) {
      if (e instanceof VirtualMachineError fatal) {
        throw fatal;
      }
      LOG.warn("A listener threw while a call was cancelled; the call is cancelled all the same", e);
    }
  }

  private static Duration remaining(long deadline) {
    return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
  }

  private static void logRetry(String operation, int attempt, long delay, ClumioException failure) {
    LOG.debug("Attempt {} of {} failed ({}: {}); retrying in {} ms",
        attempt, operation, failure.getClass().getSimpleName(), failure.getMessage(), delay);
  }

  /**
   * The state of one asynchronous call. Its steps (start an attempt, handle its outcome, wait)
   * run one after another, never at once; {@link #abort} and the application's cancellation may
   * come from any thread at any time, and {@link #finished} makes sure the call ends once.
   */
  private final class AsyncCall<T> {
    final CompletableFuture<T> result = new CompletableFuture<>();
    final String operation;
    private final Function<Duration, AsyncAttempt<T>> attempt;
    private final BreakerPermit permit;
    /** Whether the deadline starts with the first request rather than with the call. */
    private final boolean deadlineFromFirstSend;
    /**
     * The call's deadline; before the first request of a call whose deadline starts then, only
     * its place among the waiters. Written once more at that request, by the step sending it.
     */
    private volatile long deadline = System.nanoTime() + callTimeout.toNanos();
    private volatile boolean sent;
    private final Retry.AsyncContext<Object> context = retry.asyncContext();
    private final List<ClumioException> failures = new ArrayList<>();
    private final AtomicBoolean finished = new AtomicBoolean();
    /** Cancels the HTTP call of the latest attempt. */
    private volatile Runnable cancelAttempt = NOTHING;
    /** The pending wait before the next step, if any. */
    private volatile Future<?> pendingStep = CompletableFuture.completedFuture(null);
    /** Whether the retry budget's token for the next attempt is held but not yet spent. */
    private final AtomicBoolean unsentToken = new AtomicBoolean();
    private boolean tokenHeld;

    AsyncCall(String operation, Function<Duration, AsyncAttempt<T>> attempt, BreakerPermit permit,
        boolean deadlineFromFirstSend) {
      this.operation = operation;
      this.attempt = attempt;
      this.permit = permit;
      this.deadlineFromFirstSend = deadlineFromFirstSend;
      // Completed by anyone but this call (cancel(), orTimeout(), complete()): stop, record nothing.
      result.whenComplete((value, error) -> abort(null));
    }

    /**
     * Starts the next attempt: rate limit (a scheduled wait), the adaptive limit's turn, then
     * bulkhead and HTTP.
     */
    void next() {
      if (finished.get()) {
        return;
      }
      long wait;
      try {
        wait = reserveRateLimit(operation, deadline());
      } catch (ClumioException refused) {
        failed(refused);
        return;
      }
      if (wait <= 0) {
        awaitTurn();
      } else {
        schedule(this::awaitTurn, wait, TimeUnit.NANOSECONDS);
      }
    }

    /** The deadline, or for a call whose deadline starts with its first request and has none yet, now's. */
    private long deadline() {
      return deadlineFromFirstSend && !sent ? System.nanoTime() + callTimeout.toNanos() : deadline;
    }

    /** Sends at once if the adaptive limit allows, or waits for the turn without blocking. */
    private void awaitTurn() {
      if (finished.get()) {
        return;
      }
      if (pacer == null) {
        send(0);
        return;
      }
      int epoch = pacer.tryAcquire(true);
      if (epoch >= 0) {
        send(epoch);
        return;
      }
      CompletableFuture<Integer> turn = pacer.enqueue(deadline, true);
      pendingStep = turn; // abort() cancels it
      Future<?> expiry = deadlineFromFirstSend && !sent ? CompletableFuture.completedFuture(null) : expire(turn);
      turn.whenComplete((epochGranted, error) -> guarded(() -> {
        expiry.cancel(false);
        turnCame(epochGranted, error);
      }));
      if (finished.get()) {
        turn.cancel(false);
      }
    }

    /** Fails the wait for the turn when the deadline passes. */
    private Future<?> expire(CompletableFuture<Integer> turn) {
      try {
        return scheduler.schedule(() -> turn.completeExceptionally(noTurnBeforeDeadline(operation)),
            deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      } catch (RejectedExecutionException shutDown) {
        turn.completeExceptionally(closedDuring(operation));
        return CompletableFuture.completedFuture(null);
      }
    }

    private void turnCame(Integer epoch, Throwable error) {
      if (error == null) {
        send(epoch);
      } else if (!finished.get()) {
        if (error instanceof ClumioException refused) {
          failed(refused); // the deadline passed first
        } else {
          abort(closedDuring(operation)); // the pacer was closed
        }
      }
    }

    /** Sends the attempt; its send slot, if it holds one, is given back when the attempt ends. */
    private void send(int epoch) {
      if (finished.get()) {
        releaseSlot();
        return;
      }
      try {
        acquireBulkhead(operation);
      } catch (ClumioException refused) {
        releaseSlot();
        failed(refused);
        return;
      }
      unsentToken.set(false); // the retry's token is spent now: its request goes out
      if (deadlineFromFirstSend && !sent) {
        deadline = System.nanoTime() + callTimeout.toNanos();
      }
      sent = true;
      AsyncAttempt<T> inFlight;
      try {
        inFlight = attempt.apply(remaining(deadline));
      } catch (RuntimeException | Error e) {
        releaseBulkhead();
        releaseSlot();
        end(null, e, permit::release); // the client is closed, or a bug: not the service's fault
        return;
      }
      cancelAttempt = inFlight.cancel();
      if (finished.get()) {
        runQuietly(inFlight.cancel());
      }
      inFlight.result().whenComplete((value, error) -> {
        releaseBulkhead();
        observe(epoch, error);
        releaseSlot(); // after observe(): a waiter granted now sees a 429's cut
        try {
          if (error == null) {
            succeeded(value);
          } else if (error instanceof ClumioException failure) {
            failed(failure);
          } else {
            end(null, error, permit::release);
          }
        } catch (RuntimeException | Error listenerFailed) {
          // An application's Retry event consumer threw: the call must still end.
          end(null, listenerFailed, permit::release);
        }
      });
    }

    private void releaseSlot() {
      if (pacer != null) {
        pacer.release();
      }
    }

    private void succeeded(T value) {
      if (finished.get()) {
        return;
      }
      if (tokenHeld) {
        budget.refund();
      }
      context.onComplete();
      end(value, null, permit::success);
    }

    private void failed(ClumioException failure) {
      refundUnsentToken(); // a limit refused the retry the token was taken for
      if (finished.get()) {
        return; // cancelled or closed: no retry decision, no retry event
      }
      Decision decision = decide(context, failure, deadline());
      if (decision.delayMillis() < 0) {
        List<ClumioException> earlier = List.copyOf(failures);
        end(null, Attempts.exhausted(failure, failures), () -> settle(permit, failure, earlier));
        return;
      }
      tokenHeld = decision.tokenTaken();
      unsentToken.set(tokenHeld);
      if (finished.get()) {
        refundUnsentToken(); // abort() ran before the token was marked unsent
      }
      failures.add(failure);
      logRetry(operation, failures.size(), decision.delayMillis(), failure);
      schedule(() -> retryUnlessOpen(failure), decision.delayMillis(), TimeUnit.MILLISECONDS);
    }

    private void retryUnlessOpen(ClumioException last) {
      if (!permit.circuitOpenedSince()) {
        next();
        return;
      }
      failures.remove(failures.size() - 1);
      refundUnsentToken();
      List<ClumioException> earlier = List.copyOf(failures);
      ClumioException failure = Attempts.exhausted(last, failures);
      failure.addSuppressed(circuitOpen(operation));
      end(null, failure, () -> settle(permit, last, earlier));
    }

    /**
     * Runs a step; whatever it throws (an application's Retry event consumer, say) ends the call
     * instead of vanishing in the scheduler.
     */
    void guarded(Runnable step) {
      try {
        step.run();
      } catch (RuntimeException | Error e) {
        if (end(null, e, permit::release)) {
          refundUnsentToken();
        }
        if (e instanceof VirtualMachineError fatal) {
          throw fatal;
        }
      }
    }

    private void refundUnsentToken() {
      if (unsentToken.getAndSet(false)) {
        budget.refund();
      }
    }

    /** Runs a step later on the scheduler; the client is closed if the scheduler refuses. */
    private void schedule(Runnable step, long delay, TimeUnit unit) {
      ScheduledFuture<?> wait;
      try {
        wait = scheduler.schedule(() -> guarded(step), delay, unit);
      } catch (RejectedExecutionException shutDown) {
        abort(closedDuring(operation));
        return;
      }
      pendingStep = wait;
      if (finished.get()) {
        wait.cancel(false);
      }
    }

    /**
     * Ends the call from outside: {@code error} for {@code close()}, or null when the application
     * completed the future itself. Gives the breaker's permission back and cancels what is in
     * flight or scheduled.
     */
    void abort(Throwable error) {
      if (end(null, error, permit::release)) {
        refundUnsentToken();
        pendingStep.cancel(false);
        runQuietly(cancelAttempt);
      }
    }

    /**
     * Ends the call once: settles the breaker's permission and completes the future on the
     * completions executor (or here, if that executor refuses).
     *
     * @return false if the call had already ended
     */
    private boolean end(T value, Throwable error, Runnable settlePermit) {
      if (!finished.compareAndSet(false, true)) {
        return false;
      }
      pending.remove(this);
      settlePermit.run();
      if (result.isDone()) {
        return true;
      }
      Runnable complete = error == null ? () -> result.complete(value) : () -> result.completeExceptionally(error);
      try {
        completions.execute(complete);
      } catch (RejectedExecutionException shutDown) {
        complete.run();
      }
      return true;
    }
  }
}
