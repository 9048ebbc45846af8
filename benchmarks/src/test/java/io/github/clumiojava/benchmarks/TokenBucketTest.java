package io.github.clumiojava.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TokenBucketTest {
  private final AtomicLong now = new AtomicLong(5_000_000_000L);
  private final TokenBucket bucket = new TokenBucket(100, 100, now::get);

  private long taken(int tries) {
    return IntStream.range(0, tries).filter(i -> bucket.tryTake()).count();
  }

  @Test
  void aFullBucketAdmitsItsBurstAtOnceAndNoMore() {
    assertThat(taken(150)).isEqualTo(100);
  }

  @Test
  void anEmptyBucketGainsOneTokenPerHundredthOfASecond() {
    taken(100);
    now.addAndGet(50_000_000L);

    assertThat(taken(10)).isEqualTo(5);
  }

  @Test
  void aQuietSpellRefillsNoMoreThanTheBurst() {
    taken(100);
    now.addAndGet(60_000_000_000L);

    assertThat(taken(1_000)).isEqualTo(100);
  }

  @Test
  void aRateOrBurstBelowOneIsRefused() {
    assertThatThrownBy(() -> new TokenBucket(0, 1, now::get)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TokenBucket(1, 0, now::get)).isInstanceOf(IllegalArgumentException.class);
  }
}
