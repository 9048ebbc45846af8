package io.github.clumiojava.testkit.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The list operation's {@code filter} parameter: a JSON object of the form {@code {"<field>":
 * {"$<operator>": value}}}. Filterable, as openapi.yaml says: {@code table_id} with {@code $eq};
 * {@code start_timestamp} with {@code $gt} and {@code $lte}, each an RFC 3339 timestamp; {@code
 * type} with {@code $all} and a list of {@code clumio_backup} and {@code aws_snapshot} (a backup
 * of any listed type matches). Every condition must hold.
 */
final class BackupFilter {
  private static final Set<String> TYPES = Set.of("clumio_backup", "aws_snapshot");

  private BackupFilter() {}

  /**
   * Parses a filter.
   *
   * @param text the parameter's value
   * @return the test of a backup
   * @throws BadParameterException if the filter is not in the grammar; the message says why
   */
  static Predicate<StoredBackup> parse(String text) throws BadParameterException {
    JsonElement parsed;
    try {
      parsed = JsonParser.parseString(text);
    } catch (JsonParseException e) {
      throw new BadParameterException("filter: not JSON");
    }
    if (!parsed.isJsonObject()) {
      throw new BadParameterException("filter: must be a JSON object of the form {\"<field>\": {\"$<operator>\": value}}");
    }
    Predicate<StoredBackup> filter = backup -> true;
    for (Map.Entry<String, JsonElement> field : parsed.getAsJsonObject().entrySet()) {
      if (!field.getValue().isJsonObject() || field.getValue().getAsJsonObject().size() == 0) {
        throw new BadParameterException("filter: " + field.getKey() + " must map operators to values");
      }
      for (Map.Entry<String, JsonElement> condition : field.getValue().getAsJsonObject().entrySet()) {
        filter = filter.and(condition(field.getKey(), condition.getKey(), condition.getValue()));
      }
    }
    return filter;
  }

  private static Predicate<StoredBackup> condition(String field, String operator, JsonElement value)
      throws BadParameterException {
    String where = field + " " + operator;
    switch (where) {
      case "table_id $eq" -> {
        String tableId = text(value, where);
        return backup -> tableId.equals(backup.backup().tableId());
      }
      case "start_timestamp $gt" -> {
        Instant after = timestamp(value, where);
        return backup -> backup.started() != null && backup.started().isAfter(after);
      }
      case "start_timestamp $lte" -> {
        Instant atOrBefore = timestamp(value, where);
        return backup -> backup.started() != null && !backup.started().isAfter(atOrBefore);
      }
      case "type $all" -> {
        if (!value.isJsonArray() || value.getAsJsonArray().isEmpty()) {
          throw new BadParameterException("filter: " + where + " takes a list of types");
        }
        List<String> types = new ArrayList<>();
        for (JsonElement type : value.getAsJsonArray()) {
          String name = text(type, where);
          if (!TYPES.contains(name)) {
            throw new BadParameterException("filter: " + where + ": unknown type '" + name
                + "'; use clumio_backup or aws_snapshot");
          }
          types.add(name);
        }
        return backup -> types.contains(backup.backup().typeAsString());
      }
      default -> throw new BadParameterException("filter: cannot filter by " + where
          + "; filterable: table_id $eq, start_timestamp $gt and $lte, type $all");
    }
  }

  private static String text(JsonElement value, String where) throws BadParameterException {
    if (!(value instanceof JsonPrimitive primitive) || !primitive.isString()) {
      throw new BadParameterException("filter: " + where + " takes a string");
    }
    return primitive.getAsString();
  }

  private static Instant timestamp(JsonElement value, String where) throws BadParameterException {
    String text = text(value, where);
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new BadParameterException("filter: " + where + " takes an RFC 3339 timestamp, not '" + text + "'");
    }
  }
}
