package io.github.clumiojava.internal;

import io.github.clumiojava.ClumioCircuitOpenException;
import io.github.clumiojava.ClumioException;
import io.github.clumiojava.ClumioLimitExceededException;
import io.github.clumiojava.ClumioTransportException;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.retry.Retry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a call as a series of attempts under one deadline. Around each attempt, in this order: the
 * circuit breaker (fail at once while open), the optional rate limiter (wait for a permit within
 * the deadline), the optional bulkhead (fail at once when full). Between attempts, the Resilience4j
 * retry decides whether and how long to wait ({@link BackoffPolicy}, {@link FailurePolicy}); the
 * wait never runs past the deadline. Synchronous calls sleep on the caller's thread; asynchronous
 * ones schedule the next attempt and never block a thread.
 */
public final class ResilientExecutor {
  private static final Logger LOG = LoggerFactory.getLogger(ResilientExecutor.class);

  private final Retry retry;
  private final CircuitBreaker circuitBreaker;
  private final RateLimiter rateLimiter;
  private final Bulkhead bulkhead;
  private final Duration callTimeout;
  private final ScheduledExecutorService scheduler;

  /**
   * Creates the executor.
   *
   * @param retry decides on retries and their delays
   * @param circuitBreaker guards every attempt
   * @param rateLimiter limits attempts per period, or null for none
   * @param bulkhead limits concurrent attempts, or null for none
   * @param callTimeout the deadline of a whole call, every attempt and wait included
   * @param scheduler runs the asynchronous waits
   */
  public ResilientExecutor(Retry retry, CircuitBreaker circuitBreaker, RateLimiter rateLimiter, Bulkhead bulkhead,
      Duration callTimeout, ScheduledExecutorService scheduler) {
    this.retry = retry;
    this.circuitBreaker = circuitBreaker;
    this.rateLimiter = rateLimiter;
    this.bulkhead = bulkhead;
    this.callTimeout = callTimeout;
    this.scheduler = scheduler;
  }

  /**
   * Runs a call, blocking until it succeeds, fails for good, or its deadline passes.
   *
   * @param operation names the call in messages and logs
   * @param attempt one attempt, given the time the call has left
   * @param <T> the result type
   * @return the first successful attempt's result
   * @throws ClumioException the last attempt's failure, with the attempt count and the earlier
   *     failures attached
   */
  public <T> T execute(String operation, Function<Duration, T> attempt) {
    long deadline = System.nanoTime() + callTimeout.toNanos();
    // An open circuit fails here, before anything else is set up: the fail-fast path is cheap.
    acquireCircuitBreaker(operation);
    boolean permitted = true;
    Retry.AsyncContext<Object> context = retry.asyncContext();
    List<ClumioException> failures = new ArrayList<>();
    while (true) {
      try {
        T result = guarded(operation, deadline, attempt, permitted);
        context.onComplete();
        return result;
      } catch (ClumioException failure) {
        permitted = false;
        long delay = nextDelay(context, failure, deadline);
        if (delay < 0) {
          throw Attempts.exhausted(failure, failures);
        }
        failures.add(failure);
        logRetry(operation, failures.size(), delay, failure);
        sleep(operation, delay, failures, failure);
      }
    }
  }

  /**
   * Runs a call without blocking. Cancelling the returned future cancels the attempt in flight
   * or the pending wait.
   *
   * @param operation names the call in messages and logs
   * @param attempt starts one attempt, given the time the call has left
   * @param <T> the result type
   * @return completes like {@link #execute}: with the result, or with the last failure
   */
  public <T> CompletableFuture<T> executeAsync(String operation, Function<Duration, AsyncAttempt<T>> attempt) {
    if (!circuitBreaker.tryAcquirePermission()) {
      return CompletableFuture.failedFuture(circuitOpen(operation));
    }
    circuitBreaker.releasePermission();
    AsyncCall<T> call = new AsyncCall<>(operation, attempt);
    call.next();
    return call.result;
  }

  /**
   * One attempt with its guards.
   *
   * @param permitted whether the circuit breaker's permission for this attempt is already held
   */
  private <T> T guarded(String operation, long deadline, Function<Duration, T> attempt, boolean permitted) {
    if (!permitted) {
      acquireCircuitBreaker(operation);
    }
    try {
      long wait = reserveRateLimit(operation, deadline);
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
    } catch (InterruptedException e) {
      circuitBreaker.releasePermission();
      Thread.currentThread().interrupt();
      throw new ClumioTransportException(operation + " was interrupted while waiting for a rate-limit permit", e);
    } catch (RuntimeException e) {
      circuitBreaker.releasePermission();
      throw e;
    }
    acquireBulkhead(operation);
    long start = System.nanoTime();
    try {
      T result = attempt.apply(remaining(deadline));
      circuitBreaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
      return result;
    } catch (ClumioException failure) {
      circuitBreaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, failure);
      throw failure;
    } catch (RuntimeException bug) {
      circuitBreaker.releasePermission();
      throw bug;
    } finally {
      if (bulkhead != null) {
        bulkhead.onComplete();
      }
    }
  }

  private void acquireCircuitBreaker(String operation) {
    if (!circuitBreaker.tryAcquirePermission()) {
      throw circuitOpen(operation);
    }
  }

  private ClumioCircuitOpenException circuitOpen(String operation) {
    return new ClumioCircuitOpenException(operation + " was not sent: the circuit breaker '"
        + circuitBreaker.getName() + "' is " + circuitBreaker.getState() + " after too many failures", null,
        circuitBreaker.getCircuitBreakerConfig().isWritableStackTraceEnabled());
  }

  /** Returns the nanoseconds to wait for a rate-limit permit; releases the breaker on refusal. */
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
      circuitBreaker.releasePermission();
      throw new ClumioLimitExceededException(operation + " was not sent: the bulkhead '" + bulkhead.getName()
          + "' allows " + bulkhead.getBulkheadConfig().getMaxConcurrentCalls() + " concurrent calls", null);
    }
  }

  private static long nextDelay(Retry.AsyncContext<Object> context, ClumioException failure, long deadline) {
    long remainingMillis = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
    long delay = BackoffPolicy.withRemaining(remainingMillis, () -> context.onError(failure));
    // A Retry configured by the application may not know the deadline: enforce it here too.
    return delay >= 0 && delay < remainingMillis ? delay : -1;
  }

  private static Duration remaining(long deadline) {
    return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
  }

  private static void logRetry(String operation, int attempt, long delay, ClumioException failure) {
    LOG.debug("Attempt {} of {} failed ({}: {}); retrying in {} ms",
        attempt, operation, failure.getClass().getSimpleName(), failure.getMessage(), delay);
  }

  private static void sleep(String operation, long delayMillis, List<ClumioException> failures, ClumioException last) {
    try {
      Thread.sleep(delayMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failures.remove(failures.size() - 1);
      ClumioException interrupted = Attempts.exhausted(last, failures);
      interrupted.addSuppressed(e);
      throw interrupted;
    }
  }

  /** The state of one asynchronous call; its steps run one after another, never at once. */
  private final class AsyncCall<T> {
    final CompletableFuture<T> result = new CompletableFuture<>();
    private final String operation;
    private final Function<Duration, AsyncAttempt<T>> attempt;
    private final long deadline = System.nanoTime() + callTimeout.toNanos();
    private final Retry.AsyncContext<Object> context = retry.asyncContext();
    private final List<ClumioException> failures = new ArrayList<>();
    private volatile Runnable cancelCurrent = () -> { };

    AsyncCall(String operation, Function<Duration, AsyncAttempt<T>> attempt) {
      this.operation = operation;
      this.attempt = attempt;
      result.whenComplete((value, error) -> {
        if (result.isCancelled()) {
          cancelCurrent.run();
        }
      });
    }

    /** Starts the next attempt: breaker, rate limit (a scheduled wait), then bulkhead and HTTP. */
    void next() {
      if (result.isDone()) {
        return;
      }
      long wait;
      try {
        acquireCircuitBreaker(operation);
        try {
          wait = reserveRateLimit(operation, deadline);
        } catch (RuntimeException e) {
          circuitBreaker.releasePermission();
          throw e;
        }
      } catch (ClumioException refused) {
        failed(refused);
        return;
      }
      if (wait <= 0) {
        send();
      } else if (!trySchedule(this::send, wait, TimeUnit.NANOSECONDS)) {
        circuitBreaker.releasePermission();
        result.completeExceptionally(new IllegalStateException("The client was closed during " + operation));
      }
    }

    private void send() {
      if (result.isDone()) {
        circuitBreaker.releasePermission();
        return;
      }
      try {
        acquireBulkhead(operation);
      } catch (ClumioException refused) {
        failed(refused);
        return;
      }
      long start = System.nanoTime();
      AsyncAttempt<T> inFlight;
      try {
        inFlight = attempt.apply(remaining(deadline));
      } catch (RuntimeException bug) {
        release();
        circuitBreaker.releasePermission();
        result.completeExceptionally(bug);
        return;
      }
      cancelCurrent = inFlight.cancel();
      if (result.isCancelled()) {
        inFlight.cancel().run();
      }
      inFlight.result().whenComplete((value, error) -> {
        release();
        long elapsed = System.nanoTime() - start;
        if (error == null) {
          circuitBreaker.onSuccess(elapsed, TimeUnit.NANOSECONDS);
          context.onComplete();
          result.complete(value);
        } else if (error instanceof ClumioException failure) {
          circuitBreaker.onError(elapsed, TimeUnit.NANOSECONDS, failure);
          failed(failure);
        } else {
          circuitBreaker.releasePermission();
          result.completeExceptionally(error);
        }
      });
    }

    private void failed(ClumioException failure) {
      if (result.isDone()) {
        return; // cancelled: no retry decision, no retry event
      }
      long delay = nextDelay(context, failure, deadline);
      if (delay < 0) {
        result.completeExceptionally(Attempts.exhausted(failure, failures));
        return;
      }
      if (!trySchedule(this::next, delay, TimeUnit.MILLISECONDS)) {
        result.completeExceptionally(Attempts.exhausted(failure, failures));
        return;
      }
      failures.add(failure);
      logRetry(operation, failures.size(), delay, failure);
    }

    /** Schedules the next step; false if the client was closed and its scheduler refuses it. */
    private boolean trySchedule(Runnable step, long delay, TimeUnit unit) {
      ScheduledFuture<?> wait;
      try {
        wait = scheduler.schedule(step, delay, unit);
      } catch (RejectedExecutionException closed) {
        return false;
      }
      cancelCurrent = () -> wait.cancel(false);
      if (result.isCancelled()) {
        wait.cancel(false);
      }
      return true;
    }

    private void release() {
      if (bulkhead != null) {
        bulkhead.onComplete();
      }
    }
  }
}
