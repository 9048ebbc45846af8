package io.github.clumiojava.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.annotations.SerializedName;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import io.github.clumiojava.generated.model.ReadDynamoDbTableBackupResponseDto;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Fails when a property of the generated model (that is, of openapi.yaml) does not reach the
 * facade's model. For every leaf property of the generated backup model, a body with just that
 * property set must map to a different {@link DynamoDbTableBackup} than the same body without
 * it. A property that is deliberately not surfaced goes in {@link #NOT_SURFACED}, with a reason.
 */
class SpecDriftGuardTest {
  /** Generated properties the facade does not surface on purpose, by JSON path. None today. */
  private static final Set<String> NOT_SURFACED = Set.of();

  private final JsonCodec codec = new JsonCodec();

  /** One leaf property: the body with it set, and the same body without it. */
  record Leaf(String path, JsonObject withValue, JsonObject withoutValue) {}

  @TestFactory
  Stream<DynamicTest> everyGeneratedPropertyReachesTheFacadeModel() {
    return leaves(ReadDynamoDbTableBackupResponseDto.class).stream()
        .filter(leaf -> !NOT_SURFACED.contains(leaf.path()))
        .map(leaf -> DynamicTest.dynamicTest(leaf.path(), () -> {
          DynamoDbTableBackup with = map(leaf.withValue());
          DynamoDbTableBackup without = map(leaf.withoutValue());
          assertThat(with.unknownFields()).as("a spec property must not land in unknownFields").isEmpty();
          assertThat(with).as(leaf.path() + " must be surfaced by DynamoDbTableBackup, or listed in NOT_SURFACED")
              .isNotEqualTo(without);
        }));
  }

  @Test
  void theGuardSeesEveryLeafOfTheSpec() {
    // 25 top-level properties, many of them objects and lists of objects: far more leaves.
    assertThat(leaves(ReadDynamoDbTableBackupResponseDto.class)).hasSizeGreaterThan(50);
  }

  @Test
  void notSurfacedListsOnlyRealProperties() {
    List<String> paths = leaves(ReadDynamoDbTableBackupResponseDto.class).stream().map(Leaf::path).toList();
    assertThat(paths).containsAll(NOT_SURFACED);
  }

  private DynamoDbTableBackup map(JsonObject body) throws IOException {
    JsonCodec.ParsedBackup parsed = codec.readBackup(body.toString().getBytes(StandardCharsets.UTF_8));
    return BackupMapper.toBackup(parsed.dto(), parsed.unknownFields());
  }

  /** Every leaf under a generated model class, each with its ancestors present. */
  static List<Leaf> leaves(Class<?> model) {
    List<Leaf> leaves = new ArrayList<>();
    JsonObject root = new JsonObject();
    collect(model, "", root, root, leaves);
    return leaves;
  }

  /**
   * @param holder the object inside {@code root} that stands for {@code model}
   */
  private static void collect(Class<?> model, String prefix, JsonObject root, JsonObject holder, List<Leaf> leaves) {
    for (Field field : model.getDeclaredFields()) {
      SerializedName name = field.getAnnotation(SerializedName.class);
      if (name == null || Modifier.isStatic(field.getModifiers())) {
        continue;
      }
      String path = prefix + name.value();
      Type type = field.getGenericType();
      Class<?> raw = field.getType();
      boolean list = List.class.isAssignableFrom(raw);
      Class<?> element = list ? (Class<?>) ((ParameterizedType) type).getActualTypeArguments()[0] : raw;
      JsonElement scalar = scalarValue(element);
      if (scalar != null) {
        JsonObject without = root.deepCopy();
        holder.add(name.value(), list ? array(scalar) : scalar);
        leaves.add(new Leaf(path, root.deepCopy(), without));
        holder.remove(name.value());
      } else {
        JsonObject child = new JsonObject();
        holder.add(name.value(), list ? array(child) : child);
        collect(element, path + (list ? "[0]." : "."), root, child, leaves);
        holder.remove(name.value());
      }
    }
  }

  private static JsonArray array(JsonElement element) {
    JsonArray array = new JsonArray();
    array.add(element);
    return array;
  }

  private static JsonElement scalarValue(Class<?> type) {
    if (type == String.class) {
      return new JsonPrimitive("value");
    } else if (type == Long.class) {
      return new JsonPrimitive(7L);
    } else if (type == Boolean.class) {
      return new JsonPrimitive(true);
    } else if (type == OffsetDateTime.class) {
      return new JsonPrimitive("2026-01-01T00:00:00Z");
    } else if (type.getPackageName().startsWith("io.github.clumiojava.generated")) {
      return null;
    }
    throw new AssertionError("the guard does not know how to fill a " + type + ": teach it");
  }
}
