package io.github.clumiojava.openapi;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the version being built may break clients of the released one: when its major version
 * is higher, or, while both are before 1.0, its minor version is higher (Semantic Versioning's
 * rule for 0.x, where the minor version plays the major's part).
 */
final class ReleaseVersions {
  private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)(?:-.*)?");

  private ReleaseVersions() {}

  /**
   * Decides whether a breaking change is intended.
   *
   * @param building the project version, such as {@code 0.2.0-SNAPSHOT}
   * @param released the last released version, such as {@code 0.1.0}
   * @return true if {@code building} starts a new line of compatibility
   * @throws IllegalArgumentException if a version is not {@code major.minor.patch} with an
   *     optional qualifier, or if {@code building} belongs to an older line than {@code released}
   */
  static boolean breakingChangeIntended(String building, String released) {
    int[] b = parse(building);
    int[] r = parse(released);
    int[] lineB = line(b);
    int[] lineR = line(r);
    int compared = lineB[0] != lineR[0] ? Integer.compare(lineB[0], lineR[0]) : Integer.compare(lineB[1], lineR[1]);
    if (compared < 0) {
      throw new IllegalArgumentException("the version being built, " + building
          + ", is older than the released version " + released);
    }
    return compared > 0;
  }

  /** The part of a version that changes for a breaking release: the major one, or 0 and the minor one before 1.0. */
  private static int[] line(int[] version) {
    return version[0] == 0 ? new int[] {0, version[1]} : new int[] {version[0], 0};
  }

  private static int[] parse(String version) {
    Matcher m = VERSION.matcher(version);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a major.minor.patch version: " + version);
    }
    return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
  }
}
