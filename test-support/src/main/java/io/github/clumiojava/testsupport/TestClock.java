package io.github.clumiojava.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that stands still until a test moves it. Thread-safe. */
public final class TestClock extends Clock {
  private final AtomicReference<Instant> now;

  /**
   * Creates the clock.
   *
   * @param start the instant it shows until moved
   */
  public TestClock(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  /**
   * Moves the clock.
   *
   * @param duration how far; negative moves it back
   */
  public void advance(Duration duration) {
    now.updateAndGet(instant -> instant.plus(duration));
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
