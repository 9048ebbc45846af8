package io.github.clumiojava.apicheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * On the class path every public type is visible, exported or not: each public type of a package
 * that a published module does not export says in its Javadoc that it is not API.
 */
class InternalTypesTest {
  /** The published modules written by hand, and where their sources are. */
  private static final Map<String, String> SOURCES = Map.of(
      "clumio-dynamodb", "facade", "clumio-dynamodb-testkit", "testkit");

  @TestFactory
  Stream<DynamicTest> everyPublicTypeOfAnUnexportedPackageSaysItIsNotApi() {
    return SOURCES.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(module ->
        DynamicTest.dynamicTest(module.getKey(), () -> {
          ModuleDescriptor descriptor = ApiListing.descriptor(PublishedArtifacts.location(module.getKey()));
          Set<String> exported = descriptor.exports().stream().filter(e -> !e.isQualified())
              .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
          Path sources = Path.of(System.getProperty("project.root"), module.getValue(), "src", "main", "java");

          List<String> unmarked = unmarkedPublicTypes(sources, exported);

          assertThat(unmarked).as("public types outside the exported packages of %s whose Javadoc does not say"
              + " 'Not API'", module.getKey()).isEmpty();
        }));
  }

  private static List<String> unmarkedPublicTypes(Path sources, Set<String> exported) throws IOException {
    List<String> unmarked = new ArrayList<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path source : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String packageName = sources.relativize(source.getParent()).toString().replace(source.getFileSystem()
            .getSeparator(), ".");
        if (source.endsWith("module-info.java") || source.endsWith("package-info.java") || exported.contains(packageName)) {
          continue;
        }
        String text = Files.readString(source);
        int declaration = text.indexOf("\npublic ");
        if (declaration >= 0 && !text.substring(0, declaration).contains("Not API")) {
          unmarked.add(sources.relativize(source).toString());
        }
      }
    }
    return unmarked;
  }
}
