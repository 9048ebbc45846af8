package io.github.clumiojava.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The values that the open enums ({@code x-extensible-enum}) of the spec's schemas gained or
 * lost, one line per property, for the report: openapi-diff's own reports do not show
 * extensions.
 */
final class OpenEnumChanges {
  private static final String EXTENSION = "x-extensible-enum";

  private OpenEnumChanges() {}

  /**
   * Lists the changes, such as {@code ReadDynamoDbTableBackupResponse.billing_mode: gained
   * [ON_DEMAND]}.
   *
   * @param before the released spec
   * @param after the spec being built
   * @return one line per property whose open enum changed, in the order of the schemas
   */
  static List<String> between(OpenAPI before, OpenAPI after) {
    Map<String, List<String>> old = valuesByPath(before);
    Map<String, List<String>> now = valuesByPath(after);
    List<String> changes = new ArrayList<>();
    Map<String, List<String>> all = new LinkedHashMap<>(old);
    now.forEach(all::putIfAbsent);
    all.keySet().forEach(path -> {
      List<String> was = old.getOrDefault(path, List.of());
      List<String> is = now.getOrDefault(path, List.of());
      if (!Objects.equals(was, is)) {
        List<String> gained = new ArrayList<>(is);
        gained.removeAll(was);
        List<String> lost = new ArrayList<>(was);
        lost.removeAll(is);
        changes.add(path + ":" + (gained.isEmpty() ? "" : " gained " + gained) + (lost.isEmpty() ? "" : " lost " + lost));
      }
    });
    return changes;
  }

  private static Map<String, List<String>> valuesByPath(OpenAPI spec) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    if (spec.getComponents() != null && spec.getComponents().getSchemas() != null) {
      spec.getComponents().getSchemas().forEach((name, schema) -> collect(name, schema, values));
    }
    return values;
  }

  private static void collect(String path, Schema<?> schema, Map<String, List<String>> values) {
    if (schema == null) {
      return;
    }
    if (schema.getExtensions() != null && schema.getExtensions().containsKey(EXTENSION)) {
      values.put(path, ExtensibleEnumDiff.values(schema.getExtensions().get(EXTENSION)));
    }
    if (schema.getProperties() != null) {
      schema.getProperties().forEach((name, property) -> collect(path + "." + name, property, values));
    }
    collect(path + "[]", schema.getItems(), values);
  }
}
