package io.github.clumiojava.apicheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * When the spec gains an optional property on the backup schema, nothing breaks for consumers.
 *
 * <p>The build makes a fixture spec, {@code api-spec/openapi.yaml} plus the optional property
 * {@code fixture_optional_property}, and generates the client code from it with the generated
 * module's own settings. This test compiles the facade's unchanged sources against that code,
 * compares the public API of the result with the committed {@code api/clumio-dynamodb.api}, and
 * runs a consumer compiled against today's artifacts with it. (The wire side, that openapi-diff
 * finds the change compatible, is checked in {@code api-spec}; that a new property the facade
 * does not surface yet fails SpecDriftGuardTest, in {@code facade}. Surfacing it then only adds
 * an accessor and a builder setter, which ApiDiffTest shows is compatible where a record's
 * constructor would not be.)
 */
class OptionalPropertyCompatibilityTest {
  private static final Path FIXTURE_SPEC = Path.of(System.getProperty("fixture.spec"));
  private static final Path FIXTURE_GENERATED = Path.of(System.getProperty("fixture.generatedSources"));
  private static final Path WORK = Path.of(System.getProperty("fixture.workDir"));
  private static final Path FACADE_SOURCES = Path.of(System.getProperty("project.root"), "facade", "src", "main", "java");
  private static final String PROPERTY = "fixture_optional_property";

  private static Javac.Compilation fixtureBuild;

  /** The facade's sources compiled with the code generated from the fixture spec. */
  @BeforeAll
  static void buildTheFacadeAgainstTheFixtureSpec() throws IOException {
    List<Path> sources = new ArrayList<>(Javac.sourcesUnder(FIXTURE_GENERATED));
    Javac.sourcesUnder(FACADE_SOURCES).stream().filter(f -> !f.endsWith("module-info.java")).forEach(sources::add);
    fixtureBuild = Javac.compile(sources, WORK.resolve("facade-classes"), "--class-path", dependencies());
    Path sdkProperties = fixtureBuild.classes().resolve("io/github/clumiojava/internal/sdk.properties");
    try (InputStream in = OptionalPropertyCompatibilityTest.class.getResourceAsStream(
        "/io/github/clumiojava/internal/sdk.properties")) {
      Files.createDirectories(sdkProperties.getParent());
      Files.copy(in, sdkProperties, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Test
  void theFixtureSpecIsTheSpecPlusOneOptionalNullableProperty() throws IOException {
    List<String> spec = Files.readAllLines(Path.of(System.getProperty("project.root"), "api-spec", "openapi.yaml"));
    List<String> fixture = new ArrayList<>(Files.readAllLines(FIXTURE_SPEC));
    int at = fixture.indexOf("        " + PROPERTY + ":");
    List<String> added = new ArrayList<>(fixture.subList(at, at + 4));
    fixture.subList(at, at + 4).clear();

    assertThat(fixture).isEqualTo(spec);
    assertThat(added).contains("          type: string", "          nullable: true");
    assertThat(spec.get(at - 1)).as("the property is added to a schema's properties").isEqualTo("      properties:");
  }

  @Test
  void theGeneratedBackupModelGainsTheProperty() throws IOException {
    String model = Files.readString(FIXTURE_GENERATED.resolve(
        "io/github/clumiojava/generated/model/ReadDynamoDbTableBackupResponseDto.java"));

    assertThat(model).contains("@SerializedName(SERIALIZED_NAME_FIXTURE_OPTIONAL_PROPERTY)");
  }

  @Test
  void theFacadeCompilesUnchangedAgainstTheCodeGeneratedFromTheFixture() {
    assertThat(fixtureBuild.errors()).isEmpty();
    assertThat(fixtureBuild.succeeded()).isTrue();
  }

  @Test
  void thePublicApiOfTheFixtureBuildIsExactlyTheCommittedOne() throws IOException {
    Path committed = PublishedArtifacts.apiFile("clumio-dynamodb");
    Map<String, List<String>> api;
    try (URLClassLoader loader = loader(fixtureBuild.classes())) {
      api = ApiListing.of(fixtureBuild.classes(),
          ApiListing.descriptor(PublishedArtifacts.location("clumio-dynamodb")), loader);
    }

    ApiDiff diff = ApiDiff.between(ApiListing.parse(Files.readString(committed)), api);

    assertThat(diff.isEmpty()).as("%s", diff.report()).isTrue();
  }

  @Test
  void aConsumerCompiledAgainstTodaysArtifactsRunsOnTheFixtureBuild() throws Exception {
    Javac.Compilation consumer = ConsumerModules.compileOnClassPath("uses-api", ConsumerModules.MODULE_PATH);
    assertThat(consumer.errors()).isEmpty();
    List<Path> fixtureClassPath = new ArrayList<>();
    fixtureClassPath.add(fixtureBuild.classes());
    fixtureClassPath.addAll(dependencies());

    List<String> output = ConsumerModules.runOnClassPath(consumer, fixtureClassPath);

    assertThat(output).contains(
        "read: b-1 orders 42 PROVISIONED {team=payments}",
        "not found: 404 no such backup",
        "server error: 503 after 2 attempts",
        "built: orders-copy 7");
  }

  /** The facade's runtime dependencies, without this build's own facade and generated code. */
  private static List<Path> dependencies() {
    Path facade = PublishedArtifacts.location("clumio-dynamodb");
    Path generated = PublishedArtifacts.location("clumio-generated");
    return ConsumerModules.MODULE_PATH.stream().filter(p -> !p.equals(facade) && !p.equals(generated)).toList();
  }

  private static URLClassLoader loader(Path classes) throws IOException {
    List<URL> urls = new ArrayList<>();
    urls.add(classes.toUri().toURL());
    for (Path dependency : dependencies()) {
      urls.add(dependency.toUri().toURL());
    }
    return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
  }
}
