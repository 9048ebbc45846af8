package io.github.clumiojava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clumiojava.testsupport.TestClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rate limit: a token bucket by the fake's clock, which the test moves. */
class FakeClumioRateLimitTest extends FakeClumioTestBase {
  private static final String PATH = "/backups/aws/dynamodb-tables/b-1";
  private static final TestClock CLOCK = new TestClock(Instant.parse("2026-11-01T00:00:00Z"));

  @BeforeEach
  void useTheTestClock() {
    clumio.clock(CLOCK);
    clumio.addBackup(Backups.listed("b-1", "t-1", CLOCK.instant(), null, "clumio_backup"));
  }

  private static List<Integer> statusesOf(int requests) {
    return IntStream.range(0, requests).mapToObj(i -> Http.get(clumio, PATH).statusCode()).toList();
  }

  @Test
  void aFullBucketLetsABurstOfOneSecondsRequestsThrough() {
    clumio.rateLimit(5);

    assertThat(statusesOf(6)).containsExactly(200, 200, 200, 200, 200, 429);
  }

  @Test
  void beyondTheLimitTheAnswerIs429WithRetryAfterAndClumiosErrorBody() {
    clumio.rateLimit(1);
    statusesOf(1);

    HttpResponse<String> refused = Http.get(clumio, PATH);

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(Http.firstError(refused)).isEqualTo("429: Rate limit exceeded: at most 1 requests per second");
  }

  @Test
  void theRetryAfterIsTheWholeSecondsUntilTheNextToken() {
    clumio.rateLimit(1);
    statusesOf(1);
    CLOCK.advance(Duration.ofMillis(100));

    assertThat(Http.get(clumio, PATH).headers().firstValue("Retry-After")).hasValue("1");
  }

  @Test
  void theBucketRefillsAtTheRate() {
    clumio.rateLimit(10);
    statusesOf(10);

    CLOCK.advance(Duration.ofMillis(200));

    assertThat(statusesOf(3)).containsExactly(200, 200, 429);
  }

  @Test
  void theBucketHoldsNoMoreThanOneSecondsTokens() {
    clumio.rateLimit(3);

    CLOCK.advance(Duration.ofHours(1));

    assertThat(statusesOf(4)).containsExactly(200, 200, 200, 429);
  }

  @Test
  void refusedTokensTakeNoTokens() {
    clumio.rateLimit(2);

    for (int i = 0; i < 5; i++) {
      assertThat(Http.get(clumio, PATH, "Bearer wrong").statusCode()).isEqualTo(401);
    }

    assertThat(statusesOf(3)).containsExactly(200, 200, 429);
  }

  @Test
  void resetRemovesTheLimit() {
    clumio.rateLimit(1);

    clumio.reset();
    clumio.addBackup(Backups.listed("b-1", "t-1", CLOCK.instant(), null, "clumio_backup"));

    assertThat(statusesOf(3)).containsOnly(200);
  }

  @Test
  void aRateBelowOneIsRefused() {
    assertThatThrownBy(() -> clumio.rateLimit(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("requestsPerSecond must be at least 1, not 0");
  }
}
