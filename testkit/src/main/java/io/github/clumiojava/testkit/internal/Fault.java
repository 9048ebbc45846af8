package io.github.clumiojava.testkit.internal;

import java.time.Duration;

/** A fault that a test queued for one of the next requests. */
sealed interface Fault {
  /** Answer with this error status and Clumio's error body. */
  record Fail(int status) implements Fault {}

  /** Answer 429 with {@code Retry-After}. */
  record Throttle(Duration retryAfter) implements Fault {}

  /** Answer as usual, but this much later. */
  record Delay(Duration delay) implements Fault {}

  /** Close the connection without an answer. */
  record Drop() implements Fault {}
}
