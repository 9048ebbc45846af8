package io.github.clumiojava.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every model type: a copy made with {@code toBuilder().build()} equals its original, changing a
 * copy's builder leaves the original alone, and equals, hashCode and toString are by value over
 * every field, as they were when the types were records.
 */
class ModelValueSemanticsTest {
  /**
   * A model type, a sample with every field set, and a change of one field on its builder.
   *
   * @param <T> the model type
   */
  record Model<T>(Class<T> type, Supplier<T> sample, UnaryOperator<T> changeOneField) {
    @Override
    public String toString() {
      return type.getSimpleName();
    }
  }

  static Stream<Model<?>> models() {
    return Stream.of(
        new Model<>(Tag.class, ModelSamples::tag, t -> t.toBuilder().value("other").build()),
        new Model<>(Link.class, ModelSamples::link, l -> l.toBuilder().templated(true).build()),
        new Model<>(BackupLinks.class, ModelSamples::links, l -> l.toBuilder().restoreRecords((Link) null).build()),
        new Model<>(ProvisionedThroughput.class, ModelSamples::throughput,
            t -> t.toBuilder().writeCapacityUnits(26L).build()),
        new Model<>(ProvisionedThroughputOverride.class, ModelSamples::throughputOverride,
            o -> o.toBuilder().readCapacityUnits(81L).build()),
        new Model<>(OnDemandThroughputOverride.class, ModelSamples::onDemandOverride,
            o -> o.toBuilder().maxReadRequestUnits(1L).build()),
        new Model<>(KeySchemaElement.class, ModelSamples::keyElement, k -> k.toBuilder().keyType(KeyType.RANGE).build()),
        new Model<>(Projection.class, ModelSamples::projection, p -> p.toBuilder().nonKeyAttributes("status").build()),
        new Model<>(GlobalSecondaryIndex.class, ModelSamples::globalIndex,
            i -> i.toBuilder().contributorInsightsStatusAsString("PAUSED").build()),
        new Model<>(LocalSecondaryIndex.class, ModelSamples::localIndex, i -> i.toBuilder().keySchema().build()),
        new Model<>(ReplicaGlobalSecondaryIndex.class, ModelSamples::replicaIndex,
            i -> i.toBuilder().indexName("other").build()),
        new Model<>(Replica.class, ModelSamples::replica,
            r -> r.toBuilder().onDemandThroughputOverride(o -> o.maxReadRequestUnits(2L)).build()),
        new Model<>(SseSpecification.class, ModelSamples::sse, s -> s.toBuilder().kmsKeyType(KmsKeyType.AWS_MANAGED).build()),
        new Model<>(StreamSpecification.class, ModelSamples::stream, s -> s.toBuilder().enabled(false).build()),
        new Model<>(DynamoDbTableBackup.class, ModelSamples::backup,
            b -> b.toBuilder().expirationTimestamp(Instant.EPOCH).build()),
        new Model<>(ListBackupsRequest.class, ModelSamples::listRequest, r -> r.toBuilder().pageSize(11).build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  <T> void toBuilderThenBuildGivesAnEqualCopy(Model<T> model) throws Exception {
    T original = model.sample().get();

    Object copy = build(original.getClass().getMethod("toBuilder").invoke(original));

    assertThat(copy).isNotSameAs(original).isEqualTo(original).hasSameHashCodeAs(original);
    assertThat(copy.toString()).isEqualTo(original.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  <T> void instancesBuiltAlikeAreEqualAndHashAlike(Model<T> model) {
    T one = model.sample().get();
    T other = model.sample().get();

    assertThat(one).isEqualTo(other).hasSameHashCodeAs(other).isNotEqualTo(null).isNotEqualTo(new Object());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  <T> void aChangedFieldMakesTheCopyUnequal(Model<T> model) {
    T original = model.sample().get();

    assertThat(model.changeOneField().apply(original)).isNotEqualTo(original);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  <T> void changingACopyLeavesTheOriginalAlone(Model<T> model) {
    T original = model.sample().get();

    model.changeOneField().apply(original);

    assertThat(original).isEqualTo(model.sample().get());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  <T> void theSampleSetsEveryField(Model<T> model) {
    assertThat(model.sample().get()).hasNoNullFieldsOrProperties();
  }

  /** The models whose toString is a record's; {@link ListBackupsRequest} kept its own. */
  static Stream<Model<?>> recordLikeModels() {
    return models().filter(model -> model.type() != ListBackupsRequest.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recordLikeModels")
  <T> void toStringNamesTheTypeAndEveryField(Model<T> model) {
    String text = model.sample().get().toString();

    assertThat(text).startsWith(model.type().getSimpleName() + "[").endsWith("]");
    for (Field field : instanceFields(model.type())) {
      assertThat(text).contains(field.getName() + "=");
    }
  }

  @Test
  void toStringShowsValuesTheWayARecordDid() {
    assertThat(ModelSamples.tag()).hasToString("Tag[key=team, value=payments]");
    assertThat(ModelSamples.backup().toString()).contains(
        "DynamoDbTableBackup[id=b-1, etag=W/\"1\", tableName=orders, ",
        ", typeAsString=clumio_backup, startTimestamp=Optional[2026-11-24T10:15:30Z], ",
        ", tags=[Tag[key=team, value=payments]], ",
        ", unknownFields={restore_tier=\"fast\"}]");
  }

  @Test
  void everyPublicModelTypeOfThePackageIsCovered() throws Exception {
    Set<Class<?>> covered = models().map(Model::type).collect(Collectors.toSet());

    assertThat(modelTypesOfThePackage()).containsExactlyInAnyOrderElementsOf(covered);
  }

  @Test
  void everyCoveredTypeHasBuilderAndToBuilder() throws Exception {
    for (Class<?> type : models().map(Model::type).toList()) {
      Method builder = type.getMethod("builder");
      assertThat(Modifier.isStatic(builder.getModifiers())).as(type + ".builder() is static").isTrue();
      assertThat(type.getMethod("toBuilder").getReturnType()).isEqualTo(builder.getReturnType());
      assertThat(builder.getReturnType().getMethod("build").getReturnType()).isEqualTo(type);
      assertThat(type.getConstructors()).as(type + " has no public constructor").isEmpty();
      assertThat(Modifier.isFinal(type.getModifiers())).as(type + " is final").isTrue();
    }
  }

  private static Object build(Object builder) throws Exception {
    return builder.getClass().getMethod("build").invoke(builder);
  }

  private static List<Field> instanceFields(Class<?> type) {
    return Arrays.stream(type.getDeclaredFields()).filter(f -> !Modifier.isStatic(f.getModifiers())).toList();
  }

  /**
   * The package's public classes that are neither enums, exceptions, the client and its builder,
   * nor a bulk read's result (which the client makes, one of two kinds, with a factory each).
   */
  private static Set<Class<?>> modelTypesOfThePackage() throws Exception {
    Set<Class<?>> notModels = Set.of(DynamoDbBackupClient.class, DynamoDbBackupClientBuilder.class, BackupResult.class);
    try (Stream<Path> files = Files.list(packageDirectory())) {
      return files.map(f -> f.getFileName().toString())
          .filter(name -> name.endsWith(".class") && !name.contains("$") && !name.equals("package-info.class"))
          .map(name -> load(name.substring(0, name.length() - ".class".length())))
          .filter(type -> Modifier.isPublic(type.getModifiers()) && !type.isEnum()
              && !Throwable.class.isAssignableFrom(type) && !notModels.contains(type))
          .collect(Collectors.toSet());
    }
  }

  private static Path packageDirectory() throws URISyntaxException {
    Path classes = Path.of(Tag.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return classes.resolve(Tag.class.getPackageName().replace('.', '/'));
  }

  private static Class<?> load(String simpleName) {
    try {
      return Class.forName(Tag.class.getPackageName() + "." + simpleName);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
