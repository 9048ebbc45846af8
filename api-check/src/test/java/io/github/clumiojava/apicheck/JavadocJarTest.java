package io.github.clumiojava.apicheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The javadoc jar that this build attaches to each hand-written published artifact documents its
 * API as the code has it now: a page for every exported type, and on it every public method and
 * constructor. (maven-javadoc-plugin skips a run it takes for unchanged; a skipped run leaves the
 * jar of an earlier build, without its lint, and without what was added since.)
 */
class JavadocJarTest {
  private static final List<String> DOCUMENTED = List.of("clumio-dynamodb", "clumio-dynamodb-testkit");

  @TestFactory
  Stream<DynamicTest> theJavadocJarHasAPageForEveryApiTypeWithEveryMethodOnIt() {
    return DOCUMENTED.stream().map(artifactId -> DynamicTest.dynamicTest(artifactId, () -> {
      Path artifact = PublishedArtifacts.location(artifactId);
      assumeTrue(artifact.toString().endsWith(".jar"), "the build packaged " + artifactId);
      Path javadoc = artifact.resolveSibling(artifact.getFileName().toString().replaceFirst("\\.jar$", "-javadoc.jar"));
      assertThat(javadoc).exists();

      List<String> missing = missingFrom(javadoc, ApiListing.descriptor(artifact),
          ApiListing.of(artifact, JavadocJarTest.class.getClassLoader()));

      assertThat(missing).as("API of %s missing from %s", artifactId, javadoc).isEmpty();
    }));
  }

  /** The types and methods of the listing that the javadoc jar has no page or anchor for. */
  private static List<String> missingFrom(Path javadoc, ModuleDescriptor module, Map<String, List<String>> api)
      throws IOException {
    Set<String> exported = module.exports().stream().filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    List<String> missing = new ArrayList<>();
    try (JarFile jar = new JarFile(javadoc.toFile())) {
      for (Map.Entry<String, List<String>> block : api.entrySet()) {
        if (block.getKey().startsWith("module ")) {
          continue;
        }
        String type = block.getKey();
        String packageName = exported.stream().filter(p -> type.startsWith(p + "."))
            .max(Comparator.comparingInt(String::length)).orElseThrow();
        String page = module.name() + "/" + packageName.replace('.', '/') + "/"
            + type.substring(packageName.length() + 1) + ".html";
        var entry = jar.getJarEntry(page);
        if (entry == null) {
          missing.add(type + " (no page " + page + ")");
          continue;
        }
        String html;
        try (var in = jar.getInputStream(entry)) {
          html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String simpleName = type.substring(type.lastIndexOf('.') + 1);
        for (String signature : block.getValue()) {
          int parenthesis = signature.indexOf('(');
          if (parenthesis < 0) {
            continue;
          }
          String before = signature.substring(0, parenthesis);
          String name = before.substring(before.lastIndexOf(' ') + 1);
          String anchor = name.equals(simpleName) ? "id=\"&lt;init&gt;(" : "id=\"" + name + "(";
          if (!html.contains(anchor)) {
            missing.add(type + ": " + signature);
          }
        }
      }
    }
    return missing;
  }
}
