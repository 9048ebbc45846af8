package io.github.clumiojava.testkit.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The faults queued for the next requests, in the order they were queued: each request takes the
 * first. Not thread-safe: its owner locks.
 */
final class FaultQueue {
  /** A fault for the next {@code remaining} requests. */
  private static final class Run {
    final Fault fault;
    int remaining;

    Run(Fault fault, int remaining) {
      this.fault = fault;
      this.remaining = remaining;
    }
  }

  private final Deque<Run> runs = new ArrayDeque<>();

  /** Queues the fault for {@code count} requests after those already queued. */
  void add(Fault fault, int count) {
    runs.addLast(new Run(fault, count));
  }

  /** Takes the fault of the next request; empty when none is queued. */
  Optional<Fault> take() {
    Run first = runs.peekFirst();
    if (first == null) {
      return Optional.empty();
    }
    if (--first.remaining == 0) {
      runs.removeFirst();
    }
    return Optional.of(first.fault);
  }

  /** Forgets every queued fault. */
  void clear() {
    runs.clear();
  }
}
