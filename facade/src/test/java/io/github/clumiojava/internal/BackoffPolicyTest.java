package io.github.clumiojava.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clumiojava.ClumioServerException;
import io.github.clumiojava.ClumioThrottledException;
import io.github.clumiojava.ClumioTransportException;
import io.github.resilience4j.core.functions.Either;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The waits between attempts: full jitter under an exponential ceiling, Retry-After, the deadline. */
class BackoffPolicyTest {
  private final BackoffPolicy policy = new BackoffPolicy();

  private static ClumioServerException serverError(Duration retryAfter) {
    return new ClumioServerException("503", 503, List.of(), null, retryAfter);
  }

  private long delay(int attempt, Throwable failure) {
    return policy.apply(attempt, Either.left(failure));
  }

  private List<Long> samples(int attempt, Throwable failure) {
    return IntStream.range(0, 2_000).mapToObj(i -> delay(attempt, failure)).toList();
  }

  @Test
  void firstRetryWaitsBetweenZeroAndTheBase() {
    assertThat(samples(1, new ClumioTransportException("reset", new IOException()))).allMatch(d -> d >= 0 && d <= 100)
        .anyMatch(d -> d < 50).anyMatch(d -> d > 50);
  }

  @Test
  void theCeilingDoublesWithEachAttempt() {
    assertThat(samples(3, serverError(null))).allMatch(d -> d <= 400).anyMatch(d -> d > 200);
  }

  @Test
  void throttlingUsesTheLongerBase() {
    ClumioThrottledException throttled = new ClumioThrottledException("429", 429, List.of(), null);
    assertThat(samples(1, throttled)).allMatch(d -> d <= 1_000).anyMatch(d -> d > 500);
  }

  @Test
  void noWaitExceedsTheCap() {
    assertThat(samples(40, serverError(null))).allMatch(d -> d <= 20_000).anyMatch(d -> d > 10_000);
  }

  @Test
  void retryAfterIsWaitedForExactly() {
    assertThat(delay(1, serverError(Duration.ofSeconds(2)))).isEqualTo(2_000);
  }

  @Test
  void retryAfterOfExactlyTheCapIsWaitedFor() {
    assertThat(delay(1, serverError(Duration.ofSeconds(20)))).isEqualTo(20_000);
  }

  @Test
  void retryAfterLongerThanTheCapMeansNoRetry() {
    assertThat(delay(1, serverError(Duration.ofMillis(20_001)))).isEqualTo(-1);
  }

  @Test
  void retryAfterLongerThanTheCapMeansNoRetryWhateverTheTimeLeft() {
    assertThat(BackoffPolicy.decide(new BackoffPolicy.Limits(Long.MAX_VALUE, null),
        () -> delay(1, serverError(Duration.ofSeconds(120)))))
        .isEqualTo(-1);
  }

  @Test
  void theLongestRetryAfterMeansNoRetryWithoutOverflow() {
    assertThat(delay(1, serverError(HttpErrors.MAX_RETRY_AFTER))).isEqualTo(-1);
  }

  @Test
  void aWaitThatWouldEndAfterTheDeadlineEndsTheCall() {
    assertThat(BackoffPolicy.decide(new BackoffPolicy.Limits(1_999, null), () -> delay(1, serverError(Duration.ofSeconds(2))))).isEqualTo(-1);
    assertThat(BackoffPolicy.decide(new BackoffPolicy.Limits(2_001, null), () -> delay(1, serverError(Duration.ofSeconds(2))))).isEqualTo(2_000);
  }
}
