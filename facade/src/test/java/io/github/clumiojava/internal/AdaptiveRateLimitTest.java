package io.github.clumiojava.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The adaptive rate limit's logic, on a ticker the test moves: no wall clock involved. */
class AdaptiveRateLimitTest {
  private static final Duration ONE_SECOND = Duration.ofSeconds(1);

  private long now = 1_000_000_000L;
  private final AdaptiveRateLimit limit = new AdaptiveRateLimit(() -> now, Double.POSITIVE_INFINITY);

  private void advance(Duration duration) {
    now += duration.toNanos();
  }

  private void answers(int count) {
    for (int i = 0; i < count; i++) {
      limit.onAnswered();
    }
  }

  /** Takes tokens until one is refused: how many requests may go now. */
  private int takeAll() {
    int taken = 0;
    while (limit.tryTake() == 0) {
      taken++;
      if (taken > 100_000) {
        throw new AssertionError("no limit");
      }
    }
    return taken;
  }

  /** Sends at the allowed pace for {@code seconds}, each request answered: how many went. */
  private int sendFor(double seconds) {
    long end = now + (long) (seconds * 1e9);
    int sent = 0;
    while (now < end) {
      long wait = limit.tryTake();
      if (wait == 0) {
        limit.onAnswered();
        sent++;
      } else {
        now += wait;
      }
    }
    return sent;
  }

  @Test
  void nothingIsLimitedBeforeTheFirstThrottle() {
    answers(500);

    assertThat(limit.limiting()).isFalse();
    assertThat(limit.currentRate()).isEmpty();
    assertThat(limit.tryTake()).isZero();
  }

  @Test
  void theFirstThrottleCutsTheRateToSeventyPercentOfTheAnswersOfTheLastSecond() {
    answers(100);
    advance(Duration.ofMillis(5));

    limit.onThrottled(limit.epoch(), null);

    assertThat(limit.limiting()).isTrue();
    assertThat(limit.currentRate()).hasValueCloseTo(70.0, within(0.01));
  }

  @Test
  void answersOlderThanASecondDoNotCountTowardsTheRate() {
    answers(1_000);
    advance(Duration.ofMillis(1_100));
    answers(50);

    limit.onThrottled(limit.epoch(), null);

    assertThat(limit.currentRate()).hasValueCloseTo(35.0, within(0.01));
  }

  @Test
  void aThrottleWithNoAnswerBeforeItLeavesTheLowestRate() {
    limit.onThrottled(limit.epoch(), null);

    assertThat(limit.currentRate()).hasValueCloseTo(AdaptiveRateLimit.MIN_RATE, within(0.01));
  }

  @Test
  void retryAfterHoldsEveryRequestUntilItHasPassed() {
    answers(100);
    limit.onThrottled(limit.epoch(), ONE_SECOND);

    assertThat(limit.tryTake()).isEqualTo(ONE_SECOND.toNanos());
    assertThat(limit.currentRate()).hasValue(0.0);
    advance(Duration.ofMillis(600));
    assertThat(limit.tryTake()).isEqualTo(Duration.ofMillis(400).toNanos());
    advance(Duration.ofMillis(400));
    assertThat(limit.tryTake()).as("the first request after the hold").isZero();
    assertThat(limit.currentRate()).hasValueCloseTo(70.0, within(0.01));
  }

  @Test
  void aHoldIsAtMostTheLongestWaitBetweenAttempts() {
    limit.onThrottled(limit.epoch(), Duration.ofHours(1));

    assertThat(limit.tryTake()).isEqualTo(BackoffPolicy.CAP.toNanos());
  }

  @Test
  void afterTheCutRequestsArePacedAtTheNewRate() {
    answers(100);
    limit.onThrottled(limit.epoch(), null);
    takeAll();

    long wait = limit.tryTake();

    assertThat(wait).isCloseTo(TimeUnit.SECONDS.toNanos(1) / 70, within(TimeUnit.MICROSECONDS.toNanos(50)));
    advance(Duration.ofMillis(500));
    assertThat(takeAll()).as("tokens of 100 ms at most: a burst after a pause stays short").isEqualTo(7);
  }

  @Test
  void throttlesOfRequestsSentBeforeTheCutDoNotCutAgain() {
    answers(100);
    int before = limit.epoch();
    limit.onThrottled(before, null);

    for (int i = 0; i < 63; i++) {
      limit.onThrottled(before, null);
    }

    assertThat(limit.currentRate()).hasValueCloseTo(70.0, within(0.01));
  }

  @Test
  void throttlesOfRequestsSentBeforeTheCutStillExtendTheHold() {
    answers(100);
    int before = limit.epoch();
    limit.onThrottled(before, ONE_SECOND);
    advance(Duration.ofMillis(300));

    limit.onThrottled(before, ONE_SECOND);

    assertThat(limit.tryTake()).isEqualTo(ONE_SECOND.toNanos());
  }

  @Test
  void aThrottleOfARequestSentAfterTheCutCutsAgain() {
    answers(100);
    limit.onThrottled(limit.epoch(), null);
    sendFor(1.0); // at about 70 per second

    limit.onThrottled(limit.epoch(), null);

    assertThat(limit.currentRate().getAsDouble()).isCloseTo(0.7 * 70, within(4.0));
  }

  @Test
  void theRateGrowsBackToItsPeakAndThenProbesBeyondIt() {
    answers(100);
    limit.onThrottled(limit.epoch(), ONE_SECOND);
    advance(ONE_SECOND);
    double secondsToPeak = Math.cbrt(100 * (1 - AdaptiveRateLimit.BETA) / AdaptiveRateLimit.SCALE);

    int firstSecond = sendFor(1.0);
    sendFor(secondsToPeak - 1.0);
    double atPeak = limit.currentRate().getAsDouble();
    sendFor(3.5);
    double beyond = limit.currentRate().getAsDouble();

    assertThat(firstSecond).isBetween(70, 85);
    assertThat(atPeak).isCloseTo(100, within(1.0));
    assertThat(beyond).isGreaterThan(110);
  }

  @Test
  void aClientThatDoesNotUseItsRateDoesNotGrowItBeyondItsPeak() {
    answers(100);
    limit.onThrottled(limit.epoch(), null);

    advance(Duration.ofSeconds(30)); // idle: no request, no answer

    assertThat(limit.currentRate()).hasValueCloseTo(100.0, within(0.01));
  }

  @Test
  void aClientThatUsesItsRateGrowsAtMostToTwiceItsAnswersOfTheLastSecond() {
    answers(100);
    limit.onThrottled(limit.epoch(), null);
    advance(Duration.ofSeconds(20));

    answers(150);

    assertThat(limit.currentRate()).hasValueCloseTo(300.0, within(0.01));
  }

  @Test
  void theCeilingBoundsTheRate() {
    AdaptiveRateLimit ceiled = new AdaptiveRateLimit(() -> now, 50);
    for (int i = 0; i < 100; i++) {
      ceiled.onAnswered();
    }

    ceiled.onThrottled(ceiled.epoch(), null);
    double cut = ceiled.currentRate().getAsDouble();
    advance(Duration.ofSeconds(30));
    for (int i = 0; i < 1_000; i++) {
      ceiled.onAnswered();
    }

    assertThat(cut).as("70% of the ceiling, not of the 100 answers").isCloseTo(35, within(0.01));
    assertThat(ceiled.currentRate()).hasValueCloseTo(50.0, within(0.01));
  }

  @Test
  void aMinuteWithoutThrottlingEndsTheLimit() {
    answers(100);
    limit.onThrottled(limit.epoch(), null);
    advance(Duration.ofSeconds(AdaptiveRateLimit.QUIET_SECONDS - 1));
    assertThat(limit.currentRate()).isPresent();

    advance(ONE_SECOND);

    assertThat(limit.currentRate()).isEmpty();
    assertThat(limit.tryTake()).isZero();
    assertThat(limit.limiting()).isFalse();
  }

  @Test
  void aThrottleAfterTheLimitEndedStartsAfreshFromTheAnswersOfTheLastSecond() {
    answers(100);
    limit.onThrottled(limit.epoch(), null);
    advance(Duration.ofSeconds(AdaptiveRateLimit.QUIET_SECONDS));
    assertThat(limit.currentRate()).isEmpty();
    answers(40);

    limit.onThrottled(limit.epoch() - 1, null); // even a request sent in an older epoch

    assertThat(limit.currentRate()).hasValueCloseTo(28.0, within(0.01));
  }
}
