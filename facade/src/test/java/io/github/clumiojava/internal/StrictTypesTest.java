package io.github.clumiojava.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.annotations.SerializedName;
import io.github.clumiojava.generated.model.ErrorResponseDto;
import io.github.clumiojava.generated.model.ReadDynamoDbTableBackupResponseDto;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link StrictTypes} on every property of the generated models, and on the number types the
 * models do not use yet (so that a property of such a type added to openapi.yaml is strict too).
 */
class StrictTypesTest {
  private static final Gson GSON =
      new GsonBuilder().registerTypeAdapterFactory(new StrictTypes(StrictTypesTest.class)).create();

  private final JsonCodec codec = new JsonCodec();

  /** A value of each JSON type but null. */
  enum Kind {
    STRING("\"x\""), NUMBER("1"), BOOLEAN("true"), OBJECT("{}"), ARRAY("[]");

    final String sample;

    Kind(String sample) {
      this.sample = sample;
    }
  }

  @TestFactory
  Stream<DynamicTest> everyPropertyOfTheGeneratedModelsRejectsEveryOtherJsonTypeWithItsPath() {
    List<DynamicTest> tests = new ArrayList<>();
    collect(ReadDynamoDbTableBackupResponseDto.class, "$", UnaryOperator.identity(), false, tests);
    collect(ErrorResponseDto.class, "$", UnaryOperator.identity(), true, tests);
    assertThat(tests).as("properties times wrong types").hasSizeGreaterThan(200);
    return tests.stream();
  }

  static Stream<Arguments> fitting() {
    return Stream.of(
        Arguments.of(Integer.class, "2147483647", 2147483647),
        Arguments.of(int.class, "-2e3", -2000),
        Arguments.of(Double.class, "1.5", 1.5),
        Arguments.of(double.class, "1e-400", 0.0),
        Arguments.of(Float.class, "0.25", 0.25f),
        Arguments.of(BigDecimal.class, "1.50", new BigDecimal("1.50")),
        Arguments.of(BigDecimal.class, "1e400", new BigDecimal("1e400")));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("fitting")
  void aNumberThatFitsItsJavaTypeIsRead(Class<?> type, String literal, Object expected) throws Exception {
    assertThat(GSON.getAdapter(type).fromJson(literal)).isEqualTo(expected);
  }

  static Stream<Arguments> notFitting() {
    return Stream.of(
        Arguments.of(Integer.class, "2147483648"),
        Arguments.of(int.class, "0.5"),
        Arguments.of(Integer.class, "\"1\""),
        Arguments.of(Double.class, "1e400"),
        Arguments.of(double.class, "\"1.5\""),
        Arguments.of(Float.class, "1e39"),
        Arguments.of(BigDecimal.class, "\"1\""),
        Arguments.of(boolean.class, "\"true\""));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("notFitting")
  void aValueThatDoesNotFitItsJavaTypeFails(Class<?> type, String json) {
    WrongJsonTypeException e = catchThrowableOfType(WrongJsonTypeException.class,
        () -> GSON.getAdapter(type).fromJson(json));

    assertThat(e.path()).isEqualTo("$");
  }

  /**
   * Adds a test per JSON type the property at {@code path} must not have, then recurses into its
   * properties or elements.
   *
   * @param wrap puts a value at {@code path}, inside all its ancestors
   */
  private void collect(Type type, String path, UnaryOperator<JsonElement> wrap, boolean error, List<DynamicTest> tests) {
    Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    Kind expected;
    if (List.class.isAssignableFrom(raw)) {
      expected = Kind.ARRAY;
      Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
      collect(element, path + "[0]", value -> wrap.apply(array(value)), error, tests);
    } else if (raw.getPackage() == ReadDynamoDbTableBackupResponseDto.class.getPackage() && !raw.isEnum()) {
      expected = Kind.OBJECT;
      for (Field field : raw.getDeclaredFields()) {
        SerializedName name = field.getAnnotation(SerializedName.class);
        if (name != null && !Modifier.isStatic(field.getModifiers())) {
          collect(field.getGenericType(), path + "." + name.value(),
              value -> wrap.apply(object(name.value(), value)), error, tests);
        }
      }
    } else if (raw == String.class || raw == OffsetDateTime.class) {
      expected = Kind.STRING;
    } else if (raw == Boolean.class) {
      expected = Kind.BOOLEAN;
    } else if (raw == Long.class) {
      expected = Kind.NUMBER;
    } else {
      throw new AssertionError(path + " has the type " + type + ": make StrictTypes read it strictly, then teach this test");
    }
    for (Kind kind : Kind.values()) {
      if (kind != expected) {
        byte[] body = wrap.apply(JsonParser.parseString(kind.sample)).toString().getBytes(StandardCharsets.UTF_8);
        tests.add(DynamicTest.dynamicTest(path + " given " + kind.sample, () -> {
          WrongJsonTypeException e = catchThrowableOfType(WrongJsonTypeException.class,
              () -> {
                if (error) {
                  codec.readError(body);
                } else {
                  codec.readBackup(body);
                }
              });
          assertThat(e).as("the exception for %s given %s", path, kind.sample).isNotNull();
          assertThat(e.path()).isEqualTo(path);
        }));
      }
    }
  }

  private static JsonArray array(JsonElement element) {
    JsonArray array = new JsonArray();
    array.add(element);
    return array;
  }

  private static JsonObject object(String name, JsonElement value) {
    JsonObject object = new JsonObject();
    object.add(name, value);
    return object;
  }
}
