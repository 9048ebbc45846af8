package io.github.clumiojava.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The pacer's turns, on a ticker the test moves. Its timer is shut down, so it never wakes by
 * itself: a turn is granted only when a request joins the queue or a slot is released.
 */
class SendPacerTest {
  private static final Duration ONE_SECOND = Duration.ofSeconds(1);

  private long now = 1_000_000_000L;
  /** Runs once, on the ticker read it is armed for; counts down reads until then. */
  private Runnable onRead;
  private int readsUntilHook;
  private final AdaptiveRateLimit limit = new AdaptiveRateLimit(this::tick, Double.POSITIVE_INFINITY);
  private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1);
  private final SendPacer pacer = new SendPacer(limit, 4, timer);

  SendPacerTest() {
    timer.shutdown();
  }

  @AfterEach
  void close() {
    pacer.close();
  }

  private long tick() {
    if (onRead != null && --readsUntilHook == 0) {
      Runnable hook = onRead;
      onRead = null;
      hook.run();
    }
    return now;
  }

  private void advance(Duration duration) {
    now += duration.toNanos();
  }

  /** Throttles with a hold of a second, after a second of 100 answers: later turns come together. */
  private void throttleAtAHundredPerSecond() {
    for (int i = 0; i < 100; i++) {
      limit.onAnswered();
    }
    limit.onThrottled(limit.epoch(), ONE_SECOND);
  }

  @Test
  void aTurnKeepsTheEpochItsTokenWasTakenInWhenA429IsHandledBeforeItIsGranted() {
    throttleAtAHundredPerSecond();
    CompletableFuture<Integer> first = pacer.enqueue(1, false);
    CompletableFuture<Integer> second = pacer.enqueue(2, false);
    advance(ONE_SECOND.plusMillis(100)); // the hold is over, and tokens for both have accrued
    int epochOfTheFirstToken = limit.epoch();
    // The second token's read of the time comes after the first token was taken: a 429 of a
    // request sent in this epoch is handled then (on another thread, in a client).
    readsUntilHook = 2;
    onRead = () -> limit.onThrottled(limit.epoch(), ONE_SECOND);

    pacer.enqueue(3, false); // grants the turns that have come

    assertThat(first).as("sent under the old rate").isCompletedWithValue(epochOfTheFirstToken);
    assertThat(second).as("held by the new 429").isNotDone();
    assertThat(limit.epoch()).isEqualTo(epochOfTheFirstToken + 1);
  }

  @Test
  void closingFailsEveryWaiterAndRefusesNewOnes() {
    throttleAtAHundredPerSecond();
    CompletableFuture<Integer> waiting = pacer.enqueue(1, true);

    pacer.close();

    assertThat(waiting).isCompletedExceptionally();
    assertThat(pacer.enqueue(2, false)).isCompletedExceptionally();
  }
}
