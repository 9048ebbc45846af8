package io.github.clumiojava.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clumiojava.ClumioServerException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The default breaker's numbers, as the README derives them: it practically never opens on a
 * healthy service whose requests fail at random, and an open circuit lets calls through again
 * well within ten seconds.
 */
class BreakerDefaultsTest {
  /** The share of requests a healthy service fails, independently and at random. */
  private static final double REQUEST_FAILURE_RATE = 0.1;
  private static final long CALLS = 1_000_000;

  private static double binomialTail(int n, int atLeast, double p) {
    double sum = 0;
    for (int k = atLeast; k <= n; k++) {
      sum += choose(n, k) * Math.pow(p, k) * Math.pow(1 - p, n - k);
    }
    return sum;
  }

  private static double choose(int n, int k) {
    double c = 1;
    for (int i = 1; i <= k; i++) {
      c = c * (n - k + i) / i;
    }
    return c;
  }

  /** The fewest failures among {@code calls} recorded calls that reach the threshold. */
  private static int failuresToOpen(int calls) {
    return (int) Math.ceil(calls * ResilienceDefaults.FAILURE_RATE_THRESHOLD / 100.0);
  }

  @Test
  void theDefaultBreakerOpensOverAMillionCallsWithAProbabilityBelowOneInAMillion() {
    // The breaker judges calls: a call fails only if all its attempts fail.
    double callFailureRate = Math.pow(REQUEST_FAILURE_RATE, ResilienceDefaults.MAX_ATTEMPTS);
    int window = ResilienceDefaults.SLIDING_WINDOW_SIZE;
    // Union bound: the full window after each call, plus the partial windows after a reset.
    double probability = CALLS * binomialTail(window, failuresToOpen(window), callFailureRate);
    for (int n = ResilienceDefaults.MINIMUM_NUMBER_OF_CALLS; n < window; n++) {
      probability += binomialTail(n, failuresToOpen(n), callFailureRate);
    }

    assertThat(probability).isLessThan(1e-6);
  }

  @Test
  void aMillionCallsOfAServiceFailingOneRequestInTenNeverOpenTheDefaultBreaker() {
    CircuitBreaker breaker = CircuitBreaker.of("simulated", ResilienceDefaults.circuitBreakerConfig(Clock.systemUTC()));
    SplittableRandom random = new SplittableRandom(20261125);
    ClumioServerException failure = new ClumioServerException("503", 503, List.of(), null, null);
    long failedCalls = 0;

    for (long call = 0; call < CALLS; call++) {
      assertThat(breaker.tryAcquirePermission()).isTrue();
      boolean allAttemptsFailed = true;
      for (int attempt = 0; attempt < ResilienceDefaults.MAX_ATTEMPTS && allAttemptsFailed; attempt++) {
        allAttemptsFailed = random.nextDouble() < REQUEST_FAILURE_RATE;
      }
      if (allAttemptsFailed) {
        failedCalls++;
        breaker.onError(1, TimeUnit.MILLISECONDS, failure);
      } else {
        breaker.onSuccess(1, TimeUnit.MILLISECONDS);
      }
    }

    assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    assertThat(failedCalls).as("calls whose every attempt failed").isBetween(800L, 1_200L);
  }

  @Test
  void anOpenCircuitLetsTrialCallsThroughWellWithinTenSeconds() {
    assertThat(ResilienceDefaults.WAIT_IN_OPEN_STATE).isLessThanOrEqualTo(Duration.ofSeconds(5));
  }
}
