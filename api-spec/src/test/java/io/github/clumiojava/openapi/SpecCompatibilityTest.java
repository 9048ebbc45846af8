package io.github.clumiojava.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The spec being built, {@code api-spec/openapi.yaml}, against the last release's,
 * {@code api-spec/released/openapi.yaml}: the build writes the report of what changed to
 * {@code api-spec/target/spec-changes/} and fails on a change incompatible for that release's
 * clients, unless the project version says a breaking release is intended.
 */
class SpecCompatibilityTest {
  private static final Path REPORTS = Path.of(System.getProperty("spec.reportDir"));
  private static final String BUILDING = System.getProperty("project.version");

  @Test
  void theSpecStaysCompatibleForClientsOfTheLastReleaseUnlessABreakingReleaseIsIntended() throws IOException {
    String released = releasedVersion();
    SpecChangeReport report = SpecChangeReport.between(Specs.read(Specs.RELEASED), Specs.read(Specs.CURRENT));
    report.write(REPORTS, "Changes of openapi.yaml since " + released);
    System.out.printf("openapi.yaml since %s: %s; report: %s%n", released,
        report.isUnchanged() ? "unchanged" : report.isIncompatible() ? "INCOMPATIBLE changes" : "compatible changes",
        REPORTS.resolve("openapi-changes.md"));

    boolean intended = ReleaseVersions.breakingChangeIntended(BUILDING, released);

    assertThat(report.isIncompatible() && !intended)
        .as("api-spec/openapi.yaml has changes incompatible for clients of %s (api-spec/released/openapi.yaml):%n%n%s%n"
            + "Make the change compatible, or release it as a breaking one: set the project version to a new major"
            + " version (before 1.0, a new minor one, such as 0.2.0-SNAPSHOT) and record it under Changed or Removed"
            + " in CHANGELOG.md. The report is in %s.", released, report.markdown(), REPORTS)
        .isFalse();
  }

  /** The version of the last release, from {@code released/release.properties}. */
  static String releasedVersion() throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(Specs.RELEASED_DIR.resolve("release.properties"))) {
      properties.load(reader);
    }
    String version = properties.getProperty("released.version");
    if (version == null || version.isBlank()) {
      throw new IllegalStateException("api-spec/released/release.properties names no released.version");
    }
    return version.strip();
  }
}
