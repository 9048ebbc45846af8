package io.github.clumiojava.apicheck;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed between two API listings, classified for consumers: a signature (or a whole type)
 * that is gone breaks them, whether it was removed or changed (a changed signature is the old one
 * gone and a new one added); a signature that is new does not.
 *
 * @param breaking the signatures of the old listing that the new one lacks, each as
 *     {@code block: signature}
 * @param compatible the signatures the new listing adds, same form
 */
record ApiDiff(List<String> breaking, List<String> compatible) {
  /**
   * Compares two listings.
   *
   * @param before the listing consumers compiled against (the committed file)
   * @param after the listing of the code as it is now
   * @return the difference
   */
  static ApiDiff between(Map<String, List<String>> before, Map<String, List<String>> after) {
    return new ApiDiff(missingFrom(after, before), missingFrom(before, after));
  }

  /** Every signature of {@code from} that {@code in} lacks. */
  private static List<String> missingFrom(Map<String, List<String>> in, Map<String, List<String>> from) {
    List<String> missing = new ArrayList<>();
    from.forEach((block, lines) -> {
      List<String> there = in.get(block);
      if (there == null) {
        missing.add(block + " (the whole " + (block.startsWith("module ") ? "module" : "type") + ")");
        return;
      }
      Set<String> present = new LinkedHashSet<>(there);
      lines.stream().filter(line -> !present.contains(line)).map(line -> block + ": " + line).forEach(missing::add);
    });
    return missing;
  }

  /** Whether the listings are the same. */
  boolean isEmpty() {
    return breaking.isEmpty() && compatible.isEmpty();
  }

  /**
   * The difference as a reader wants it: breaking changes first, then additions.
   *
   * @return one line per change, under a heading per kind
   */
  String report() {
    StringBuilder report = new StringBuilder();
    if (!breaking.isEmpty()) {
      report.append("Breaking for consumers (removed, or changed: the old signature is gone):\n");
      breaking.forEach(line -> report.append("  - ").append(line).append('\n'));
    }
    if (!compatible.isEmpty()) {
      report.append("Compatible (added):\n");
      compatible.forEach(line -> report.append("  + ").append(line).append('\n'));
    }
    return report.toString();
  }
}
