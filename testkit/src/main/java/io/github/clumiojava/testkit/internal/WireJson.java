package io.github.clumiojava.testkit.internal;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import io.github.clumiojava.generated.model.ErrorResponseDto;
import io.github.clumiojava.generated.model.ListDynamoDbTableBackupsResponseDto;
import io.github.clumiojava.generated.model.ReadDynamoDbTableBackupResponseDto;
import io.github.clumiojava.generated.model.SingleErrorDto;
import io.github.clumiojava.internal.JsonCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the fake's JSON through the generated models and the Gson set-up the client reads them
 * with, so that no property the fake writes can differ from what the spec describes. Thread-safe.
 */
final class WireJson {
  private static final JsonCodec CODEC = new JsonCodec();
  private static final Gson GSON = CODEC.gson();
  /** One step of an unknown field's path: a name, then any list indexes ({@code replicas[0]}). */
  private static final Pattern STEP = Pattern.compile("([^\\[\\]]+)((?:\\[\\d+])*)");
  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

  private WireJson() {}

  /**
   * Returns a backup as the read operation answers it: its properties the spec knows, through the
   * generated model, and its {@link DynamoDbTableBackup#unknownFields() unknown fields} at their
   * paths, as a newer service would send them.
   *
   * @param backup the backup
   * @return its JSON object, to be written as it is
   * @throws IllegalArgumentException if an unknown field is not JSON, names a property the spec
   *     knows, or has a path that leads nowhere in the backup
   */
  static JsonObject backup(DynamoDbTableBackup backup) {
    ReadDynamoDbTableBackupResponseDto dto = WireBackups.toDto(backup);
    JsonObject json = GSON.toJsonTree(dto).getAsJsonObject();
    backup.unknownFields().forEach((path, value) -> place(json, path, parse(path, value)));
    requireReadBackAsGiven(backup, dto, json);
    return json;
  }

  private static JsonElement parse(String path, String value) {
    try {
      return JsonParser.parseString(value);
    } catch (JsonParseException e) {
      throw new IllegalArgumentException("unknownFields['" + path + "'] is not a JSON value: " + value, e);
    }
  }

  /** Puts a value at a path such as {@code new_field} or {@code replicas[0].new_field}. */
  private static void place(JsonObject root, String path, JsonElement value) {
    String[] steps = path.split("\\.", -1);
    JsonObject at = root;
    for (int i = 0; i < steps.length; i++) {
      Matcher step = STEP.matcher(steps[i]);
      if (!step.matches() || (i == steps.length - 1 && !step.group(2).isEmpty())) {
        throw new IllegalArgumentException("unknownFields: '" + path + "' is not a path such as new_field or "
            + "replicas[0].new_field");
      }
      String name = step.group(1);
      if (i == steps.length - 1) {
        if (at.has(name)) {
          throw new IllegalArgumentException("unknownFields: '" + path + "' is a property the backup already has");
        }
        at.add(name, value);
        return;
      }
      JsonElement next = at.get(name);
      Matcher index = INDEX.matcher(step.group(2));
      while (index.find()) {
        int position = Integer.parseInt(index.group(1));
        next = next != null && next.isJsonArray() && position < next.getAsJsonArray().size()
            ? next.getAsJsonArray().get(position) : null;
      }
      if (next == null || !next.isJsonObject()) {
        throw new IllegalArgumentException("unknownFields: '" + path + "' leads nowhere: the backup has no object at "
            + String.join(".", List.of(steps).subList(0, i + 1)));
      }
      at = next.getAsJsonObject();
    }
  }

  /**
   * Reads the JSON back as the client does and requires the same known properties and unknown
   * fields: an unknown field that names a known property, for instance, would not be.
   */
  private static void requireReadBackAsGiven(DynamoDbTableBackup backup, ReadDynamoDbTableBackupResponseDto dto,
      JsonObject json) {
    JsonCodec.ParsedBackup parsed;
    try {
      parsed = CODEC.readBackup(json.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("backup " + backup.id() + " cannot be served as given: " + e.getMessage(), e);
    }
    boolean sameUnknown = parsed.unknownFields().keySet().equals(backup.unknownFields().keySet())
        && parsed.unknownFields().entrySet().stream().allMatch(
            field -> JsonParser.parseString(field.getValue()).equals(JsonParser.parseString(backup.unknownFields().get(field.getKey()))));
    if (!parsed.dto().equals(dto) || !sameUnknown) {
      throw new IllegalArgumentException("backup " + backup.id() + " cannot be served as given: its unknownFields "
          + backup.unknownFields().keySet() + " would be read back as " + parsed.unknownFields().keySet()
          + " (an unknown field must not name a property the spec knows)");
    }
  }

  /**
   * Writes a page of the list, its items as {@link #backup} wrote them.
   *
   * @param page the page without items
   * @param items the items
   * @return the body
   */
  static String page(ListDynamoDbTableBackupsResponseDto page, List<JsonObject> items) {
    JsonObject json = GSON.toJsonTree(page).getAsJsonObject();
    JsonArray array = new JsonArray(items.size());
    items.forEach(array::add);
    JsonObject embedded = json.has("_embedded") ? json.getAsJsonObject("_embedded") : new JsonObject();
    embedded.add("items", array);
    json.add("_embedded", embedded);
    return json.toString();
  }

  /**
   * Writes Clumio's error body with one error.
   *
   * @param code the {@code error_code}
   * @param message the {@code error_message}
   * @return the body
   */
  static String error(long code, String message) {
    return GSON.toJson(new ErrorResponseDto().errors(List.of(new SingleErrorDto().errorCode(code).errorMessage(message))));
  }
}
