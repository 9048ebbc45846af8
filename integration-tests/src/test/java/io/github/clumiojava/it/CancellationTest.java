package io.github.clumiojava.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.clumiojava.ClumioServerException;
import io.github.clumiojava.ClumioTransportException;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.dynamodb.DynamoDbBackupClientBuilder;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import io.github.clumiojava.internal.ClientInternals;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * Cancelled or interrupted is not failed: the call stops at once, is never retried, and the
 * circuit breaker records nothing; every permission it took is given back, so that a half-open
 * breaker is never left without trial permissions.
 */
class CancellationTest extends WireMockTestBase {
  private static final String ERROR = "{\"errors\":[{\"error_code\":1,\"error_message\":\"later\"}]}";
  private static final Duration BOUND = Duration.ofSeconds(5);

  @Override
  DynamoDbBackupClientBuilder configure(DynamoDbBackupClientBuilder builder) {
    return builder.maxAttempts(5).callTimeout(Duration.ofSeconds(30));
  }

  /** Waits, at most {@link #BOUND}, for a condition. */
  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + BOUND.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(end);
      Thread.sleep(5);
    }
  }

  /** Signals when the client has decided to retry, that is when a call is in its wait. */
  private CountDownLatch retryDecided(DynamoDbBackupClient c) {
    CountDownLatch decided = new CountDownLatch(1);
    c.retry().getEventPublisher().onRetry(event -> decided.countDown());
    return decided;
  }

  private void assertNothingRecorded() {
    assertThat(client.circuitBreaker().getMetrics().getNumberOfBufferedCalls()).isZero();
    assertThat(client.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
  }

  private static int runningHttpCalls(DynamoDbBackupClient c) throws ReflectiveOperationException {
    return ClientInternals.httpClient(c).dispatcher().runningCallsCount();
  }

  @Test
  void cancellingAsyncCallsInFlightCancelsTheirHttpCallsAndRecordsNothing() throws Exception {
    wireMock.stubFor(getBackup("slow").willReturn(backupJson("{}").withFixedDelay(20_000)));
    wireMock.stubFor(getBackup("fast").willReturn(backupJson("{\"id\":\"fast\"}")));
    List<CompletableFuture<DynamoDbTableBackup>> calls = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      calls.add(client.getBackupAsync("slow"));
    }
    awaitRequests(12, BOUND);

    calls.forEach(call -> call.cancel(true));

    await("the HTTP calls to be cancelled", () -> {
      try {
        return runningHttpCalls(client) == 0;
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    });
    assertNothingRecorded();
    assertThat(client.getBackup("fast").id()).isEqualTo("fast");
    assertThat(requests()).isEqualTo(13);
  }

  @Test
  void cancellingDuringTheWaitBeforeARetryMakesNoFurtherAttemptAndRecordsNothing() throws Exception {
    wireMock.stubFor(getBackup("b-1").willReturn(errorJson(503, ERROR).withHeader("Retry-After", "1")));
    CountDownLatch waiting = retryDecided(client);
    CompletableFuture<DynamoDbTableBackup> call = client.getBackupAsync("b-1");
    assertThat(waiting.await(BOUND.toMillis(), TimeUnit.MILLISECONDS)).isTrue();

    call.cancel(true);

    // The retry was due one second after the first answer: give it twice that to show up.
    Thread.sleep(2_000);
    assertThat(requests()).isEqualTo(1);
    assertNothingRecorded();
  }

  @Test
  void completingTheFutureFromOutsideStopsTheCallLikeCancelling() throws Exception {
    wireMock.stubFor(getBackup("b-1").willReturn(backupJson("{}").withFixedDelay(20_000)));
    CompletableFuture<DynamoDbTableBackup> call = client.getBackupAsync("b-1");
    awaitRequests(1, BOUND);

    call.orTimeout(1, TimeUnit.MILLISECONDS);

    await("the HTTP call to be cancelled", () -> {
      try {
        return runningHttpCalls(client) == 0;
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    });
    assertNothingRecorded();
  }

  @Test
  void interruptingASyncCallInFlightEndsItAtOnceUnretriedAndUnrecorded() throws Exception {
    wireMock.stubFor(getBackup("b-1").willReturn(backupJson("{}").withFixedDelay(20_000)));
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
    Thread caller = new Thread(() -> {
      failure.set(catchThrowable(() -> client.getBackup("b-1")));
      stillInterrupted.set(Thread.currentThread().isInterrupted());
    });
    caller.start();
    awaitRequests(1, BOUND);

    caller.interrupt();
    caller.join(BOUND.toMillis());

    assertThat(caller.isAlive()).as("the caller is still blocked").isFalse();
    assertThat(failure.get()).isInstanceOf(ClumioTransportException.class).hasMessageContaining("interrupted");
    assertThat(stillInterrupted.get()).isTrue();
    assertThat(requests()).isEqualTo(1);
    assertNothingRecorded();
  }

  @Test
  void interruptingASyncCallDuringItsWaitEndsItAtOnceUnretriedAndUnrecorded() throws Exception {
    wireMock.stubFor(getBackup("b-1").willReturn(errorJson(503, ERROR).withHeader("Retry-After", "15")));
    CountDownLatch waiting = retryDecided(client);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread caller = new Thread(() -> failure.set(catchThrowable(() -> client.getBackup("b-1"))));
    caller.start();
    assertThat(waiting.await(BOUND.toMillis(), TimeUnit.MILLISECONDS)).isTrue();

    caller.interrupt();
    caller.join(BOUND.toMillis());

    assertThat(caller.isAlive()).as("the caller is still waiting").isFalse();
    assertThat(failure.get()).isInstanceOf(ClumioServerException.class);
    assertThat(failure.get().getSuppressed()).anyMatch(InterruptedException.class::isInstance);
    assertThat(requests()).isEqualTo(1);
    assertNothingRecorded();
  }

  @Test
  void cancelledTrialCallsGiveTheirPermissionsBackToTheHalfOpenBreaker() throws Exception {
    wireMock.stubFor(getBackup("slow").willReturn(backupJson("{}").withFixedDelay(20_000)));
    wireMock.stubFor(getBackup("fast").willReturn(backupJson("{\"id\":\"fast\"}")));
    client.circuitBreaker().transitionToOpenState();
    client.circuitBreaker().transitionToHalfOpenState(); // three trial permissions
    List<CompletableFuture<DynamoDbTableBackup>> trials = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      trials.add(client.getBackupAsync("slow"));
    }
    awaitRequests(3, BOUND);

    trials.forEach(trial -> trial.cancel(true));

    assertThat(client.getBackup("fast").id()).isEqualTo("fast");
  }

  @Test
  void interruptedTrialCallsGiveTheirPermissionsBackToTheHalfOpenBreaker() throws Exception {
    wireMock.stubFor(getBackup("slow").willReturn(backupJson("{}").withFixedDelay(20_000)));
    wireMock.stubFor(getBackup("fast").willReturn(backupJson("{\"id\":\"fast\"}")));
    client.circuitBreaker().transitionToOpenState();
    client.circuitBreaker().transitionToHalfOpenState();
    List<Thread> trials = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Thread trial = new Thread(() -> catchThrowable(() -> client.getBackup("slow")));
      trial.start();
      trials.add(trial);
    }
    awaitRequests(3, BOUND);

    for (Thread trial : trials) {
      trial.interrupt();
      trial.join(BOUND.toMillis());
    }

    assertThat(client.getBackup("fast").id()).isEqualTo("fast");
  }

  @Test
  void anErrorThrownByApplicationCodeGivesTheTrialPermissionBack() {
    wireMock.stubFor(getBackup("fast").willReturn(backupJson("{\"id\":\"fast\"}")));
    Interceptor failing = chain -> {
      if (chain.request().url().encodedPath().endsWith("/boom")) {
        throw new AssertionError("the application's interceptor failed");
      }
      return chain.proceed(chain.request());
    };
    try (DynamoDbBackupClient c = DynamoDbBackupClient.builder().baseUrl(wireMock.baseUrl()).apiToken(TOKEN)
        .httpClient(new OkHttpClient.Builder().addInterceptor(failing).build()).build()) {
      c.circuitBreaker().transitionToOpenState();
      c.circuitBreaker().transitionToHalfOpenState();

      for (int i = 0; i < 3; i++) {
        assertThat(catchThrowable(() -> c.getBackup("boom"))).isInstanceOf(AssertionError.class);
      }

      assertThat(c.getBackup("fast").id()).isEqualTo("fast");
    }
  }

  @Test
  void anErrorThrownByApplicationCodeInAnAsyncCallReachesTheCallerUnretriedAndUnrecorded() {
    Interceptor failing = chain -> {
      throw new AssertionError("the application's interceptor failed");
    };
    try (DynamoDbBackupClient c = DynamoDbBackupClient.builder().baseUrl(wireMock.baseUrl()).apiToken(TOKEN)
        .httpClient(new OkHttpClient.Builder().addInterceptor(failing).build()).build()) {
      c.circuitBreaker().transitionToOpenState();
      c.circuitBreaker().transitionToHalfOpenState();

      for (int i = 0; i < 3; i++) {
        Throwable failure = catchThrowable(() -> c.getBackupAsync("b-1").join());
        assertThat(failure).isInstanceOf(java.util.concurrent.CompletionException.class)
            .hasCauseInstanceOf(AssertionError.class);
      }

      assertThat(c.circuitBreaker().getMetrics().getNumberOfBufferedCalls()).isZero();
      assertThat(c.retry().getMetrics().getNumberOfTotalCalls()).isZero();
      assertThat(c.circuitBreaker().tryAcquirePermission()).as("a trial permission is left").isTrue();
    }
  }

  @Test
  void aRetryListenerThatThrowsStillEndsTheAsyncCall() throws Exception {
    wireMock.stubFor(getBackup("b-1").willReturn(errorJson(503, ERROR)));
    client.retry().getEventPublisher().onRetry(event -> {
      throw new IllegalStateException("the application's retry listener failed");
    });

    Throwable failure = catchThrowable(() -> client.getBackupAsync("b-1").get(5, TimeUnit.SECONDS));

    assertThat(failure).isInstanceOf(java.util.concurrent.ExecutionException.class)
        .hasCauseInstanceOf(IllegalStateException.class);
    assertNothingRecorded();
  }

  @Test
  void aRetryListenerThatThrowsOnABulkheadRefusalStillEndsTheAsyncCallAndFreesItsPermit() throws Exception {
    wireMock.stubFor(getBackup("slow").willReturn(backupJson("{}").withFixedDelay(3_000)));
    try (DynamoDbBackupClient c = DynamoDbBackupClient.builder().baseUrl(wireMock.baseUrl()).apiToken(TOKEN)
        .maxConcurrentCalls(1).build()) {
      CompletableFuture<DynamoDbTableBackup> holder = c.getBackupAsync("slow");
      awaitRequests(1, BOUND);
      c.retry().getEventPublisher().onEvent(event -> {
        throw new IllegalStateException("the application's retry listener failed");
      });

      Throwable failure = catchThrowable(() -> c.getBackupAsync("slow").get(5, TimeUnit.SECONDS));

      assertThat(failure).isInstanceOf(java.util.concurrent.ExecutionException.class)
          .hasCauseInstanceOf(IllegalStateException.class);
      assertThat(c.circuitBreaker().getMetrics().getNumberOfBufferedCalls()).isZero();
      holder.cancel(true);
    }
  }

  @Test
  void aPendingAsyncCallBlocksNoThreadWhileWaitingToRetry() throws Exception {
    wireMock.stubFor(getBackup("b-1").willReturn(errorJson(503, ERROR).withHeader("Retry-After", "15")));
    CountDownLatch waiting = retryDecided(client);

    CompletableFuture<DynamoDbTableBackup> call = client.getBackupAsync("b-1");
    assertThat(waiting.await(BOUND.toMillis(), TimeUnit.MILLISECONDS)).isTrue();

    // No thread of the client's is busy: the wait is a task scheduled on its timer thread.
    await("the client's threads to be idle", () -> Thread.getAllStackTraces().entrySet().stream()
        .filter(e -> e.getKey().getName().startsWith(DynamoDbBackupClientBuilder.DEFAULT_NAME)
            || e.getKey().getName().startsWith("OkHttp"))
        .allMatch(e -> e.getKey().getState() != Thread.State.RUNNABLE
            && e.getKey().getState() != Thread.State.TIMED_WAITING
            || isTheTimerWaitingForItsNextTask(e.getValue())));
    assertThat(call).isNotDone();
    call.cancel(true);
  }

  private static boolean isTheTimerWaitingForItsNextTask(StackTraceElement[] stack) {
    for (StackTraceElement frame : stack) {
      if (frame.getClassName().contains("ScheduledThreadPoolExecutor$DelayedWorkQueue")
          || frame.getClassName().contains("ThreadPoolExecutor") && frame.getMethodName().equals("getTask")
          || frame.getClassName().startsWith("okhttp3.internal.concurrent")) {
        return true;
      }
    }
    return false;
  }
}
