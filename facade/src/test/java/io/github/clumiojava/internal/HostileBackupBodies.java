package io.github.clumiojava.internal;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Hostile variants of a full backup body, built from fuzzer input: what a broken or hostile server
 * could answer instead of a backup. The variant and its numbers come from the end of the input
 * ({@link FuzzedDataProvider}'s integers), a payload from its start, so a seed file is the payload
 * followed by a few bytes.
 */
final class HostileBackupBodies {
  /** A backup with every property set: {@code src/test/resources/full-backup.json}. */
  static final String FULL = resource("/full-backup.json");
  /** Every property and element of {@link #FULL}, containers and leaves, as "/a/0/b", in document order. */
  static final List<String> PATHS = paths(JsonParser.parseString(FULL), "");

  /** How a variant departs from {@link #FULL}; the fuzzer picks one by its index. */
  enum Variant {
    /** The first n characters. */
    TRUNCATED,
    /** The value at a path replaced by the payload as raw JSON text: any type, huge numbers, broken syntax. */
    RAW_VALUE_AT_PATH,
    /** The value at a path replaced by a string of 10,000 to 300,000 characters. */
    LONG_STRING_AT_PATH,
    /** Up to 20,000 nested arrays or objects, alone or as the value of a property. */
    DEEP_NESTING,
    /** The payload's bytes, each with its top bit set (so never ASCII), inserted anywhere. */
    INVALID_UTF8,
    /** An object whose one key comes three times, with values of three types. */
    DUPLICATE_KEYS
  }

  private static final String[] NESTING_PREFIXES =
      {"", "{\"tags\":", "{\"id\":\"x\",\"unknown\":", "{\"global_secondary_indexes\":[{\"key_schema\":"};
  private static final String[] NESTING_OPENERS = {"[", "{\"a\":"};
  private static final String[] DUPLICATED_KEYS =
      {"id", "table_name", "tags", "item_count", "_links", "size", "unknown_field"};
  /** Stands for the value at a path while the rest of the document is written. */
  private static final String PLACEHOLDER = "\u0000placeholder\u0000";

  private HostileBackupBodies() {}

  /**
   * Builds one hostile body.
   *
   * @param data the fuzzer's input
   * @return the body's bytes
   */
  static byte[] from(FuzzedDataProvider data) {
    return switch (data.pickValue(Variant.values())) {
      case TRUNCATED -> utf8(FULL.substring(0, data.consumeInt(0, FULL.length() - 1)));
      case RAW_VALUE_AT_PATH -> withValueAt(data.pickValue(PATHS), data.consumeRemainingAsString());
      case LONG_STRING_AT_PATH ->
          withValueAt(data.pickValue(PATHS), new JsonPrimitive("x".repeat(data.consumeInt(10_000, 300_000))).toString());
      case DEEP_NESTING -> {
        String prefix = data.pickValue(NESTING_PREFIXES);
        String opener = data.pickValue(NESTING_OPENERS);
        yield utf8(prefix + opener.repeat(data.consumeInt(1, 20_000)));
      }
      case INVALID_UTF8 -> {
        int at = data.consumeInt(0, FULL.length());
        byte[] junk = data.consumeRemainingAsBytes();
        for (int i = 0; i < junk.length; i++) {
          junk[i] |= (byte) 0x80;
        }
        yield insert(utf8(FULL), at, junk);
      }
      case DUPLICATE_KEYS -> {
        String key = data.pickValue(DUPLICATED_KEYS);
        yield utf8("{\"" + key + "\":\"a\",\"" + key + "\":[1],\"" + key + "\":{}}");
      }
    };
  }

  /** {@link #FULL} with the value at {@code path} replaced by {@code json}, which may be any text. */
  static byte[] withValueAt(String path, String json) {
    JsonElement root = JsonParser.parseString(FULL);
    JsonElement parent = root;
    String[] steps = path.split("/");
    for (int i = 1; i < steps.length - 1; i++) {
      parent = parent.isJsonArray() ? parent.getAsJsonArray().get(Integer.parseInt(steps[i]))
          : parent.getAsJsonObject().get(steps[i]);
    }
    String last = steps[steps.length - 1];
    JsonPrimitive placeholder = new JsonPrimitive(PLACEHOLDER);
    if (parent.isJsonArray()) {
      parent.getAsJsonArray().set(Integer.parseInt(last), placeholder);
    } else {
      parent.getAsJsonObject().add(last, placeholder);
    }
    return utf8(root.toString().replace(placeholder.toString(), json));
  }

  private static byte[] insert(byte[] into, int at, byte[] bytes) {
    byte[] result = new byte[into.length + bytes.length];
    System.arraycopy(into, 0, result, 0, at);
    System.arraycopy(bytes, 0, result, at, bytes.length);
    System.arraycopy(into, at, result, at + bytes.length, into.length - at);
    return result;
  }

  private static List<String> paths(JsonElement element, String prefix) {
    List<String> paths = new ArrayList<>();
    if (!prefix.isEmpty()) {
      paths.add(prefix);
    }
    if (element.isJsonObject()) {
      for (Map.Entry<String, JsonElement> entry : element.getAsJsonObject().entrySet()) {
        paths.addAll(paths(entry.getValue(), prefix + "/" + entry.getKey()));
      }
    } else if (element.isJsonArray()) {
      for (int i = 0; i < element.getAsJsonArray().size(); i++) {
        paths.addAll(paths(element.getAsJsonArray().get(i), prefix + "/" + i));
      }
    }
    return List.copyOf(paths);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String resource(String name) {
    try (InputStream in = HostileBackupBodies.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
