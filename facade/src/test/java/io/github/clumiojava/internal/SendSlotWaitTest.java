package io.github.clumiojava.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.clumiojava.ClumioLimitExceededException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An asynchronous call waits for one of the client's send slots, also when the service has never
 * throttled the client; here the only slot is held by an attempt that never ends.
 */
class SendSlotWaitTest {
  private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);
  private final ResilienceInstances instances =
      ResilienceInstances.create("send-slot-wait", null, null, 1, null, null, Clock.systemUTC());
  private final ResilientExecutor executor = new ResilientExecutor(new ResilientExecutor.Policies(instances.retry(),
      instances.circuitBreaker(), null, new AdaptiveRateLimit(System::nanoTime, Double.POSITIVE_INFINITY), 1, null,
      new RetryBudget(), Duration.ofMillis(200)), scheduler, Runnable::run);

  @AfterEach
  void close() {
    executor.close();
    scheduler.shutdownNow();
  }

  @Test
  void aCallThatWaitsForASendSlotPastItsDeadlineSaysSoAndNotThatTheServiceThrottled() {
    executor.executeAsync("getBackup('b-1')", timeout -> new AsyncAttempt<>(new CompletableFuture<String>(), () -> { }));
    CompletableFuture<String> waiting = executor.executeAsync("getBackup('b-2')",
        timeout -> new AsyncAttempt<>(CompletableFuture.completedFuture("sent"), () -> { }));

    Throwable failure = catchThrowable(waiting::join).getCause();

    assertThat(failure).isInstanceOf(ClumioLimitExceededException.class)
        .hasMessage("getBackup('b-2') was not sent: the client's 1 send slots (requests in flight at once) stayed busy"
            + " until the call's deadline");
  }
}
