package io.github.clumiojava.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.github.clumiojava.ClumioApiException;
import io.github.clumiojava.ClumioException;
import io.github.clumiojava.ClumioResponseException;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import okhttp3.Headers;

/**
 * Whatever bytes a server answers with, the client returns a backup or throws a documented
 * {@link ClumioException}: never a NullPointerException, ClassCastException,
 * IllegalStateException, StackOverflowError or anything else. The cases are generated (jqwik):
 * random bytes, truncated JSON, every field given the wrong type, huge numbers, deep nesting,
 * invalid UTF-8, very long strings, duplicate keys. The number of cases per property is set in
 * junit-platform.properties (10,000) and raised by {@code -Pfuzz}.
 */
class HostileResponseTest {
  private static final String FULL = resource("/full-backup.json");
  private static final List<String> PATHS = leafPaths(JsonParser.parseString(FULL), "");
  private static final BackupFetcher FETCHER =
      new BackupFetcher(null, null, new JsonCodec(), Clock.systemUTC(), null, Long.MAX_VALUE);

  /** The bytes of a hostile body, with what it is for the report. */
  record Body(String kind, byte[] bytes) {
    @Override
    public String toString() {
      return kind + ": " + BodyExcerpt.of(bytes);
    }
  }

  @Property
  void aSuccessStatusGivesABackupOrAResponseException(@ForAll("hostileBodies") Body body) {
    try {
      DynamoDbTableBackup backup = FETCHER.interpret("GET test", 200, Headers.of(), body.bytes());
      assertThat(backup).isNotNull();
    } catch (ClumioResponseException expected) {
      assertThat(expected.statusCode()).isEqualTo(200);
      assertThat(expected.bodyExcerpt().length()).isLessThanOrEqualTo(ClumioResponseException.MAX_EXCERPT_LENGTH);
    }
  }

  @Property
  void anErrorStatusAlwaysGivesTheApiExceptionForThatStatus(
      @ForAll("hostileBodies") Body body, @ForAll("errorStatuses") int status) {
    try {
      FETCHER.interpret("GET test", status, Headers.of("Retry-After", "garbage"), body.bytes());
    } catch (ClumioApiException expected) {
      assertThat(expected.statusCode()).isEqualTo(status);
      assertThat(expected.getMessage()).hasSizeLessThan(2_000);
      return;
    }
    throw new AssertionError("no exception for HTTP " + status);
  }

  @Provide
  Arbitrary<Integer> errorStatuses() {
    return Arbitraries.oneOf(Arbitraries.of(400, 401, 403, 404, 408, 409, 412, 429, 500, 502, 503, 504),
        Arbitraries.integers().between(300, 599));
  }

  @Provide
  Arbitrary<Body> hostileBodies() {
    return Arbitraries.oneOf(
        randomBytes(), truncatedJson(), wrongTypes(), hugeNumbers(), deepNesting(),
        invalidUtf8(), longStrings(), duplicateKeys(), errorShapes());
  }

  private Arbitrary<Body> randomBytes() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(512).map(b -> new Body("random bytes", b));
  }

  private Arbitrary<Body> truncatedJson() {
    return Arbitraries.integers().between(0, FULL.length() - 1)
        .map(n -> new Body("truncated", FULL.substring(0, n).getBytes(StandardCharsets.UTF_8)));
  }

  private Arbitrary<Body> wrongTypes() {
    return Combinators.combine(Arbitraries.of(PATHS), anyJson())
        .as((path, value) -> new Body("wrong type at " + path, replaceAt(path, value)));
  }

  private Arbitrary<Body> hugeNumbers() {
    Arbitrary<String> numbers = Arbitraries.oneOf(
        Arbitraries.bigIntegers().between(BigInteger.TEN.pow(18), BigInteger.TEN.pow(60)).map(BigInteger::toString),
        Arbitraries.of("1e400", "-1e400", "9223372036854775808", "-9223372036854775809", "4294967296",
            "1.5", "-0", "0.0000000000000000000001", "NaN", "Infinity", "1E+2"));
    return Combinators.combine(Arbitraries.of(PATHS), numbers)
        .as((path, number) -> new Body("number " + number + " at " + path,
            new String(replaceAt(path, JsonNull.INSTANCE), StandardCharsets.UTF_8)
                .replaceFirst("null", number).getBytes(StandardCharsets.UTF_8)));
  }

  private Arbitrary<Body> deepNesting() {
    return Combinators.combine(Arbitraries.integers().between(1, 20_000), Arbitraries.of("[", "{\"a\":"),
            Arbitraries.of("", "{\"tags\":", "{\"id\":\"x\",\"unknown\":", "{\"global_secondary_indexes\":[{\"key_schema\":"))
        .as((depth, open, prefix) -> new Body("nesting " + depth + " of " + open + " after " + prefix,
            (prefix + open.repeat(depth)).getBytes(StandardCharsets.UTF_8)));
  }

  private Arbitrary<Body> invalidUtf8() {
    return Combinators.combine(Arbitraries.integers().between(0, FULL.length() - 1),
            Arbitraries.bytes().between((byte) 0x80, (byte) 0xFF).array(byte[].class).ofMinSize(1).ofMaxSize(8))
        .as((at, junk) -> {
          byte[] full = FULL.getBytes(StandardCharsets.UTF_8);
          byte[] bytes = new byte[full.length + junk.length];
          System.arraycopy(full, 0, bytes, 0, at);
          System.arraycopy(junk, 0, bytes, at, junk.length);
          System.arraycopy(full, at, bytes, at + junk.length, full.length - at);
          return new Body("invalid UTF-8 at " + at, bytes);
        });
  }

  private Arbitrary<Body> longStrings() {
    return Combinators.combine(Arbitraries.of(PATHS), Arbitraries.integers().between(10_000, 300_000))
        .as((path, length) -> new Body("string of " + length + " at " + path,
            replaceAt(path, new JsonPrimitive("x".repeat(length)))));
  }

  private Arbitrary<Body> duplicateKeys() {
    return Arbitraries.of("id", "table_name", "tags", "item_count", "_links", "size", "unknown_field")
        .map(key -> new Body("duplicate " + key, ("{\"" + key + "\":\"a\",\"" + key + "\":[1],\"" + key + "\":{}}")
            .getBytes(StandardCharsets.UTF_8)));
  }

  private Arbitrary<Body> errorShapes() {
    return Arbitraries.of(
        "{\"errors\":[{\"error_code\":-1,\"error_message\":\"x\"}]}",
        "{\"errors\":[{\"error_code\":99999999999999999999,\"error_message\":5}]}",
        "{\"errors\":[null,1,\"x\",[]]}", "{\"errors\":{}}", "{\"errors\":null}", "[]", "",
        "<html><body>502 Bad Gateway</body></html>", "{\"errors\":[{}]}")
        .map(body -> new Body("error shape", body.getBytes(StandardCharsets.UTF_8)));
  }

  private static Arbitrary<JsonElement> anyJson() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(20).map(JsonPrimitive::new),
        Arbitraries.longs().map(JsonPrimitive::new),
        Arbitraries.doubles().map(d -> (JsonElement) new JsonPrimitive(d)),
        Arbitraries.of(true, false).map(JsonPrimitive::new),
        Arbitraries.just(JsonNull.INSTANCE),
        Arbitraries.just(new JsonArray()),
        Arbitraries.just(new JsonObject()),
        Arbitraries.strings().ofMaxLength(5).map(s -> {
          JsonArray array = new JsonArray();
          array.add(s);
          array.add(new JsonArray());
          return array;
        }));
  }

  /** The full backup with the value at {@code path} replaced. */
  private static byte[] replaceAt(String path, JsonElement value) {
    JsonElement root = JsonParser.parseString(FULL);
    JsonElement parent = root;
    String[] steps = path.split("/");
    for (int i = 1; i < steps.length - 1; i++) {
      parent = parent.isJsonArray() ? parent.getAsJsonArray().get(Integer.parseInt(steps[i]))
          : parent.getAsJsonObject().get(steps[i]);
    }
    String last = steps[steps.length - 1];
    if (parent.isJsonArray()) {
      parent.getAsJsonArray().set(Integer.parseInt(last), value);
    } else {
      parent.getAsJsonObject().add(last, value);
    }
    return root.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Every path in the document, containers and leaves, as "/a/0/b". */
  private static List<String> leafPaths(JsonElement element, String prefix) {
    List<String> paths = new ArrayList<>();
    if (!prefix.isEmpty()) {
      paths.add(prefix);
    }
    if (element.isJsonObject()) {
      for (Map.Entry<String, JsonElement> entry : element.getAsJsonObject().entrySet()) {
        paths.addAll(leafPaths(entry.getValue(), prefix + "/" + entry.getKey()));
      }
    } else if (element.isJsonArray()) {
      for (int i = 0; i < element.getAsJsonArray().size(); i++) {
        paths.addAll(leafPaths(element.getAsJsonArray().get(i), prefix + "/" + i));
      }
    }
    return paths;
  }

  private static String resource(String name) {
    try (InputStream in = HostileResponseTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
