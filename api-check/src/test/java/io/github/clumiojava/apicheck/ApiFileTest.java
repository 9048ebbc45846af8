package io.github.clumiojava.apicheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The public API of every published artifact is exactly what its committed file in {@code api/}
 * says. A difference fails with the signatures removed or changed (breaking for consumers) and
 * those added (compatible). To accept a change on purpose, run the build with
 * {@code -Dapi.update=true}: the files are rewritten, and the diff shows in review.
 */
class ApiFileTest {
  static final String UPDATE_COMMAND = "./mvnw -B verify -pl api-check -am -Dapi.update=true";
  private static final boolean UPDATE = Boolean.parseBoolean(System.getProperty("api.update"));

  @TestFactory
  Stream<DynamicTest> thePublicApiOfEachPublishedArtifactMatchesItsCommittedFile() {
    return PublishedArtifacts.WITH_JAVA_API.stream().map(artifactId ->
        DynamicTest.dynamicTest(artifactId, () -> check(artifactId)));
  }

  private static void check(String artifactId) throws IOException {
    Path file = PublishedArtifacts.apiFile(artifactId).normalize();
    Map<String, List<String>> now = ApiListing.of(PublishedArtifacts.location(artifactId),
        ApiFileTest.class.getClassLoader());
    Map<String, List<String>> committed = Files.exists(file) ? ApiListing.parse(Files.readString(file)) : Map.of();
    ApiDiff diff = ApiDiff.between(committed, now);
    if (UPDATE) {
      Files.writeString(file, ApiListing.text(header(artifactId), now));
      System.out.printf("%s: %s%n%s", file, diff.isEmpty() ? "unchanged" : "updated", diff.report());
      return;
    }
    assertThat(diff.isEmpty())
        .as("The public API of %s differs from %s.%n%sIf the change is intended, update the file with%n  %s%n"
            + "and record the change in CHANGELOG.md (a breaking one needs a major release, before 1.0 a minor one).",
            artifactId, file, diff.report(), UPDATE_COMMAND)
        .isTrue();
  }

  static List<String> header(String artifactId) {
    return List.of("The public API of io.github.clumiojava:" + artifactId + ": the module's unconditional exports",
        "and transitive requirements, and every public and protected type and member of the exported",
        "packages. Checked by ApiFileTest (api-check); after an intended change, rewrite it with",
        "  " + UPDATE_COMMAND);
  }
}
