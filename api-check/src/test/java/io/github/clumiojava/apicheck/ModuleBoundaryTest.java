package io.github.clumiojava.apicheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The client and the test kit are named modules that export their API and nothing else: a
 * consumer module on the module path uses the API, and can neither compile against nor reflect
 * into the implementation or the generated code. (Every other test of the build runs them on the
 * class path.)
 */
class ModuleBoundaryTest {
  private static final ModuleFinder PUBLISHED = ModuleFinder.of(ConsumerModules.MODULE_PATH.toArray(Path[]::new));

  @Test
  void theClientModuleExportsItsTwoApiPackagesToEveryoneAndItsImplementationToTheTestKitOnly() {
    ModuleDescriptor client = descriptor("io.github.clumiojava");

    assertThat(client.isAutomatic()).isFalse();
    assertThat(unqualifiedExports(client)).isEqualTo(Set.of("io.github.clumiojava", "io.github.clumiojava.dynamodb"));
    assertThat(qualifiedExports(client)).isEqualTo(Set.of("io.github.clumiojava.internal to [io.github.clumiojava.testkit]"));
    assertThat(client.opens()).isEmpty();
  }

  @Test
  void theTestKitModuleExportsItsApiPackageOnly() {
    ModuleDescriptor testkit = descriptor("io.github.clumiojava.testkit");

    assertThat(testkit.isAutomatic()).isFalse();
    assertThat(unqualifiedExports(testkit)).isEqualTo(Set.of("io.github.clumiojava.testkit"));
    assertThat(qualifiedExports(testkit)).isEmpty();
    assertThat(testkit.opens()).isEmpty();
    assertThat(testkit.packages()).contains("io.github.clumiojava.testkit.internal");
  }

  @Test
  void theGeneratedModuleExportsToTheLibraryOnlyAndOpensItsModelsToGsonOnly() {
    ModuleDescriptor generated = descriptor("io.github.clumiojava.generated");

    assertThat(generated.isAutomatic()).isFalse();
    assertThat(unqualifiedExports(generated)).isEmpty();
    assertThat(qualifiedExports(generated)).isEqualTo(Set.of(
        "io.github.clumiojava.generated.api to [io.github.clumiojava]",
        "io.github.clumiojava.generated.model to [io.github.clumiojava, io.github.clumiojava.testkit]"));
    assertThat(generated.opens()).singleElement().satisfies(open -> {
      assertThat(open.source()).isEqualTo("io.github.clumiojava.generated.model");
      assertThat(open.targets()).isEqualTo(Set.of("com.google.gson"));
    });
  }

  @Test
  void aConsumerModuleCompilesAgainstTheApi() throws Exception {
    Javac.Compilation consumer = ConsumerModules.compile("uses-api");

    assertThat(consumer.errors()).isEmpty();
    assertThat(consumer.succeeded()).isTrue();
  }

  @Test
  void aConsumerModuleReadsBackupsAndCatchesTypedExceptionsOnTheModulePath() throws Exception {
    List<String> output = ConsumerModules.run(ConsumerModules.compile("uses-api"));

    assertThat(output).contains(
        "read: b-1 orders 42 PROVISIONED {team=payments}",
        "not found: 404 no such backup",
        "server error: 503 after 2 attempts",
        "built: orders-copy 7",
        "retry instance: clumio-dynamodb-backups");
  }

  @Test
  void aConsumerModuleCannotReflectIntoTheImplementation() throws Exception {
    List<String> output = ConsumerModules.run(ConsumerModules.compile("uses-api"));

    assertThat(output).contains("internal by reflection: IllegalAccessException");
  }

  @Test
  void theImplementationPackageDoesNotCompileInAConsumerModule() throws Exception {
    assertRefused(ConsumerModules.compile("reaches-internal"), "io.github.clumiojava.internal", "does not export it");
  }

  @Test
  void theGeneratedCodeDoesNotCompileInAConsumerModuleEvenWhenItRequiresIt() throws Exception {
    assertRefused(ConsumerModules.compile("reaches-generated"), "io.github.clumiojava.generated.api",
        "does not export it to module consumer");
  }

  @Test
  void aConsumerModuleTestsItsCodeWithTheTestKitOnTheModulePath() throws Exception {
    List<String> output = ConsumerModules.run(ConsumerModules.compile("uses-testkit"));

    assertThat(output).contains("fake read: orders", "fake listed: [b-8, b-9]", "fake not found: 404",
        "fake throttled: 429 retry after PT1S", "fake requests: 4");
  }

  @Test
  void theTestKitsImplementationPackageDoesNotCompileInAConsumerModule() throws Exception {
    assertRefused(ConsumerModules.compile("reaches-testkit-internal"), "io.github.clumiojava.testkit.internal",
        "does not export it");
  }

  /** The compilation failed because the package is not visible to the consumer, for the reason given. */
  private static void assertRefused(Javac.Compilation consumer, String packageName, String reason) {
    assertThat(consumer.succeeded()).isFalse();
    assertThat(consumer.errors()).anySatisfy(error -> assertThat(error)
        .contains("package " + packageName + " is not visible").contains(reason));
  }

  private static Set<String> unqualifiedExports(ModuleDescriptor module) {
    return module.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet());
  }

  private static Set<String> qualifiedExports(ModuleDescriptor module) {
    return module.exports().stream().filter(ModuleDescriptor.Exports::isQualified)
        .map(e -> e.source() + " to " + new TreeSet<>(e.targets())).collect(Collectors.toSet());
  }

  private static ModuleDescriptor descriptor(String name) {
    return PUBLISHED.find(name).orElseThrow(() -> new AssertionError(name + " is not on the module path"))
        .descriptor();
  }
}
