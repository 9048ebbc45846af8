package io.github.clumiojava.apicheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The client is a named module that exports its API and nothing else: a consumer module on the
 * module path uses the API, and can neither compile against nor reflect into the implementation
 * or the generated code. (Every other test of the build runs the client on the class path.)
 */
class ModuleBoundaryTest {
  private static final ModuleFinder PUBLISHED = ModuleFinder.of(ConsumerModules.MODULE_PATH.toArray(java.nio.file.Path[]::new));

  @Test
  void theClientModuleExportsExactlyItsTwoApiPackagesToEveryone() {
    ModuleDescriptor client = descriptor("io.github.clumiojava");

    assertThat(client.isAutomatic()).isFalse();
    assertThat(client.exports()).allSatisfy(export -> assertThat(export.isQualified()).isFalse());
    assertThat(client.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
        .isEqualTo(Set.of("io.github.clumiojava", "io.github.clumiojava.dynamodb"));
    assertThat(client.opens()).isEmpty();
    assertThat(client.packages()).contains("io.github.clumiojava.internal");
  }

  @Test
  void theGeneratedModuleExportsToTheClientAndOpensItsModelsToGsonOnly() {
    ModuleDescriptor generated = descriptor("io.github.clumiojava.generated");

    assertThat(generated.isAutomatic()).isFalse();
    assertThat(generated.exports()).isNotEmpty().allSatisfy(export ->
        assertThat(export.targets()).isEqualTo(Set.of("io.github.clumiojava")));
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
    Javac.Compilation consumer = ConsumerModules.compile("reaches-internal");

    assertThat(consumer.succeeded()).isFalse();
    assertThat(consumer.errors()).anySatisfy(error -> assertThat(error)
        .contains("package io.github.clumiojava.internal is not visible")
        .contains("does not export it"));
  }

  @Test
  void theGeneratedCodeDoesNotCompileInAConsumerModuleEvenWhenItRequiresIt() throws Exception {
    Javac.Compilation consumer = ConsumerModules.compile("reaches-generated");

    assertThat(consumer.succeeded()).isFalse();
    assertThat(consumer.errors()).anySatisfy(error -> assertThat(error)
        .contains("package io.github.clumiojava.generated.api is not visible")
        .contains("does not export it to module consumer"));
  }

  private static ModuleDescriptor descriptor(String name) {
    return PUBLISHED.find(name).orElseThrow(() -> new AssertionError(name + " is not on the module path"))
        .descriptor();
  }
}
