package io.github.clumiojava.benchmarks;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the calls of one client's burst ended.
 *
 * @param calls the calls made
 * @param successes how many returned a backup
 * @param failureKinds how many failed, by the simple name of the exception
 * @param slowestNanos the longest any call took, from being issued to ending
 * @param elapsedNanos from the first call issued to the last one ended
 */
record BurstResult(long calls, long successes, Map<String, Long> failureKinds, long slowestNanos, long elapsedNanos) {
  private static final Pattern LINE = Pattern.compile(
      "result calls=(\\d+) successes=(\\d+) slowestNanos=(\\d+) elapsedNanos=(\\d+) failures=(.*)");

  BurstResult {
    failureKinds = Map.copyOf(failureKinds);
  }

  /** The calls that failed. */
  long failures() {
    return failureKinds.values().stream().mapToLong(Long::longValue).sum();
  }

  /** One line, for a worker JVM to hand its result to the experiment; see {@link #parse}. */
  String toLine() {
    StringBuilder kinds = new StringBuilder();
    new TreeMap<>(failureKinds).forEach((kind, count) -> kinds.append(kind).append(':').append(count).append(','));
    return "result calls=" + calls + " successes=" + successes + " slowestNanos=" + slowestNanos
        + " elapsedNanos=" + elapsedNanos + " failures=" + kinds;
  }

  /**
   * Reads a line {@link #toLine()} wrote.
   *
   * @throws IllegalArgumentException if it is not one
   */
  static BurstResult parse(String line) {
    Matcher m = LINE.matcher(line);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a result line: " + line);
    }
    Map<String, Long> kinds = new TreeMap<>();
    for (String kind : m.group(5).split(",")) {
      if (!kind.isEmpty()) {
        int colon = kind.lastIndexOf(':');
        kinds.put(kind.substring(0, colon), Long.parseLong(kind.substring(colon + 1)));
      }
    }
    return new BurstResult(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), kinds,
        Long.parseLong(m.group(3)), Long.parseLong(m.group(4)));
  }
}
