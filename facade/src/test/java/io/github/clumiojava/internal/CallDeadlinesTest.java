package io.github.clumiojava.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client's own call deadlines: cancelled within a tick of passing, never before, never after close. */
class CallDeadlinesTest {
  private static final Duration BOUND = Duration.ofSeconds(5);

  private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);
  private final CallDeadlines deadlines = new CallDeadlines(scheduler);
  private final OkHttpClient http = new OkHttpClient();
  /** A client whose application listener throws when a call is cancelled. */
  private final OkHttpClient throwing = http.newBuilder().eventListener(new EventListener() {
    @Override
    public void canceled(Call call) {
      throw new IllegalStateException("the application's listener failed");
    }
  }).build();

  @AfterEach
  void stop() {
    scheduler.shutdownNow();
  }

  /** A call that is never executed: cancelling it only marks it cancelled. */
  private Call call() {
    return call(http);
  }

  private static Call call(OkHttpClient client) {
    return client.newCall(new Request.Builder().url("http://127.0.0.1:9/").build());
  }

  /**
   * Waits, at most {@link #BOUND}, for a condition; returns whether it held. Keeps the thread's
   * interrupt flag (it parks rather than sleeps), for the tests that interrupt the test thread.
   */
  private static boolean await(BooleanSupplier condition) {
    long end = System.nanoTime() + BOUND.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        return false;
      }
      LockSupport.parkNanos(1_000_000);
    }
    return true;
  }

  @Test
  void aCallStillRunningAtItsDeadlineIsCancelledAfterIt() throws Exception {
    Call call = call();
    long start = System.nanoTime();

    CallDeadlines.Deadline deadline = deadlines.start(call, Duration.ofMillis(50), null);

    assertThat(await(call::isCanceled)).isTrue();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
    assertThat(deadline.ending()).isEqualTo(CallDeadlines.Ending.DEADLINE_PASSED);
  }

  @Test
  void aCallThatEndedBeforeItsDeadlineIsNeverCancelled() throws Exception {
    Call ended = call();
    deadlines.start(ended, Duration.ofMillis(20), null).close();
    Call later = call();

    deadlines.start(later, Duration.ofMillis(60), null);

    // Once the later deadline has passed, the earlier one has long been due: it was not acted on.
    assertThat(await(later::isCanceled)).isTrue();
    assertThat(ended.isCanceled()).isFalse();
  }

  @Test
  void nothingIsScheduledOnceNoCallIsWatched() throws Exception {
    deadlines.start(call(), Duration.ofMinutes(1), null).close();

    assertThat(await(() -> scheduler.getQueue().isEmpty() && scheduler.getActiveCount() == 0)).isTrue();
  }

  @Test
  void callsInFlightShareOneTickInsteadOfSchedulingOneTaskEach() {
    long start = System.nanoTime();
    for (int i = 0; i < 1_000; i++) {
      deadlines.start(call(), Duration.ofMinutes(1), null);
    }
    long elapsedMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();

    assertThat(scheduler.getQueue()).hasSizeLessThanOrEqualTo(1);
    // One task per tick that could have run meanwhile, not one per call.
    assertThat(scheduler.getTaskCount()).isLessThanOrEqualTo(elapsedMillis / CallDeadlines.TICK_MILLIS + 2);
  }

  @Test
  void closingCancelsCallsInFlightAsClosedNotAsPastTheirDeadline() {
    Call call = call();
    CallDeadlines.Deadline deadline = deadlines.start(call, Duration.ofMinutes(1), null);

    deadlines.close();

    assertThat(call.isCanceled()).isTrue();
    assertThat(deadline.ending()).isEqualTo(CallDeadlines.Ending.CLIENT_CLOSED);
  }

  @Test
  void noCallCanStartOnceClosed() {
    deadlines.close();
    Call call = call();

    assertThatThrownBy(() -> deadlines.start(call, Duration.ofMinutes(1), null))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
  }

  @Test
  void aCallWhoseWaitingThreadIsInterruptedIsCancelledAsInterrupted() throws Exception {
    Call call = call();
    Thread interrupted = Thread.currentThread();
    CallDeadlines.Deadline deadline = deadlines.start(call, Duration.ofMinutes(1), interrupted);

    interrupted.interrupt();
    boolean cancelled = await(call::isCanceled);
    Thread.interrupted(); // clear the flag before JUnit sees it

    assertThat(cancelled).isTrue();
    assertThat(deadline.ending()).isEqualTo(CallDeadlines.Ending.INTERRUPTED);
  }

  @Test
  void anAsynchronousCallIsNotCancelledByTheInterruptOfTheThreadThatStartedIt() throws Exception {
    Call async = call();
    deadlines.start(async, Duration.ofMinutes(1), null);
    Call watched = call();
    deadlines.start(watched, Duration.ofMillis(30), null);

    Thread.currentThread().interrupt();
    boolean later = await(watched::isCanceled);
    Thread.interrupted();

    assertThat(later).isTrue();
    assertThat(async.isCanceled()).isFalse();
  }

  @Test
  void aListenerThatThrowsWhenOneCallIsCancelledDoesNotStopTheDeadlinesOfTheOthers() throws Exception {
    Call first = call(throwing);
    deadlines.start(first, Duration.ofMillis(20), null);
    assertThat(await(first::isCanceled)).isTrue();
    Call second = call(throwing);

    CallDeadlines.Deadline deadline = deadlines.start(second, Duration.ofMillis(20), null);

    assertThat(await(second::isCanceled)).isTrue();
    assertThat(deadline.ending()).isEqualTo(CallDeadlines.Ending.DEADLINE_PASSED);
  }

  @Test
  void aListenerThatThrowsOnCloseDoesNotKeepTheOtherCallsRunning() {
    Call first = call(throwing);
    Call second = call(throwing);
    deadlines.start(first, Duration.ofMinutes(1), null);
    deadlines.start(second, Duration.ofMinutes(1), null);

    deadlines.close();

    assertThat(first.isCanceled()).isTrue();
    assertThat(second.isCanceled()).isTrue();
  }
}
