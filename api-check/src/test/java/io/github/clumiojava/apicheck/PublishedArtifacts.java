package io.github.clumiojava.apicheck;

import java.nio.file.Path;
import java.util.List;

/** The published artifacts whose API is pinned in {@code api/}, and where this build put them. */
final class PublishedArtifacts {
  /** The artifacts with Java API; the BOM and the spec artifact have none. */
  static final List<String> WITH_JAVA_API = List.of("clumio-dynamodb", "clumio-dynamodb-testkit", "clumio-generated");

  /** The directory of the committed API files. */
  static final Path API_DIR = Path.of(System.getProperty("api.dir"));

  private PublishedArtifacts() {}

  /**
   * Where this build put an artifact: its jar, or its classes directory when the build did not
   * package it.
   *
   * @param artifactId one of {@link #WITH_JAVA_API}
   */
  static Path location(String artifactId) {
    String location = System.getProperty("artifact." + artifactId);
    if (location == null || location.isBlank() || location.startsWith("${")) {
      throw new IllegalStateException("the build did not say where " + artifactId + " is (system property artifact."
          + artifactId + ")");
    }
    Path path = Path.of(location).toAbsolutePath().normalize();
    Path root = Path.of(System.getProperty("project.root")).toAbsolutePath().normalize();
    if (!path.startsWith(root)) {
      throw new IllegalStateException(artifactId + " was resolved from " + path + ", not from this build: run the"
          + " checks in a reactor build that includes it (-am), never against an installed copy");
    }
    return path;
  }

  /** The committed API file of an artifact. */
  static Path apiFile(String artifactId) {
    return API_DIR.resolve(artifactId + ".api");
  }
}
