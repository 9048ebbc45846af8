package io.github.clumiojava.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.clumiojava.dynamodb.BackupLinks;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import io.github.clumiojava.dynamodb.GlobalSecondaryIndex;
import io.github.clumiojava.dynamodb.KeySchemaElement;
import io.github.clumiojava.dynamodb.Link;
import io.github.clumiojava.dynamodb.LocalSecondaryIndex;
import io.github.clumiojava.dynamodb.OnDemandThroughputOverride;
import io.github.clumiojava.dynamodb.Projection;
import io.github.clumiojava.dynamodb.ProvisionedThroughput;
import io.github.clumiojava.dynamodb.ProvisionedThroughputOverride;
import io.github.clumiojava.dynamodb.Replica;
import io.github.clumiojava.dynamodb.ReplicaGlobalSecondaryIndex;
import io.github.clumiojava.dynamodb.Tag;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a backup as JSON with the API's own field names, so that {@code jq} scripts written
 * against the API keep working. Absent values are left out, lists are always there, timestamps
 * are RFC 3339, and the fields the library did not know are put back where they came from.
 */
final class BackupJson {
  private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
  private static final Gson COMPACT = new GsonBuilder().disableHtmlEscaping().create();
  private static final Pattern PATH_STEP = Pattern.compile("([^.\\[]+)(?:\\[(\\d+)])?");

  private BackupJson() {}

  /** The backup as pretty-printed JSON: what {@code get -o json} prints. */
  static String toJson(DynamoDbTableBackup b) {
    return PRETTY.toJson(toJsonObject(b));
  }

  /** The backup as JSON on one line: a line of {@code list -o ndjson}. */
  static String toJsonLine(DynamoDbTableBackup b) {
    return COMPACT.toJson(toJsonObject(b));
  }

  /** The backups as one pretty-printed JSON array: what {@code list -o json} prints. */
  static String toJsonArray(List<DynamoDbTableBackup> backups) {
    return PRETTY.toJson(array(backups, BackupJson::toJsonObject));
  }

  private static JsonObject toJsonObject(DynamoDbTableBackup b) {
    JsonObject json = new JsonObject();
    links(json, b.links());
    json.addProperty("_etag", b.etag());
    json.addProperty("id", b.id());
    json.addProperty("account_native_id", b.accountNativeId());
    json.addProperty("aws_region", b.awsRegion());
    json.addProperty("table_id", b.tableId());
    json.addProperty("table_name", b.tableName());
    json.addProperty("type", b.typeAsString());
    b.startTimestamp().ifPresent(t -> json.addProperty("start_timestamp", t.toString()));
    b.expirationTimestamp().ifPresent(t -> json.addProperty("expiration_timestamp", t.toString()));
    json.addProperty("item_count", b.itemCount());
    json.addProperty("size", b.sizeInBytes());
    json.addProperty("billing_mode", b.billingModeAsString());
    json.addProperty("table_class", b.tableClassAsString());
    json.addProperty("global_table_version", b.globalTableVersionAsString());
    json.addProperty("pitr_status", b.pitrEnabled());
    json.addProperty("deletion_protection_enabled", b.deletionProtectionEnabled());
    json.addProperty("contributor_insights_status", b.contributorInsightsStatusAsString());
    json.add("provisioned_throughput", throughput(b.provisionedThroughput()));
    json.add("global_secondary_indexes", array(b.globalSecondaryIndexes(), BackupJson::globalIndex));
    json.add("local_secondary_indexes", array(b.localSecondaryIndexes(), BackupJson::localIndex));
    json.add("replicas", array(b.replicas(), BackupJson::replica));
    if (b.sseSpecification() != null) {
      JsonObject sse = new JsonObject();
      sse.addProperty("kms_key_type", b.sseSpecification().kmsKeyTypeAsString());
      sse.addProperty("kms_master_key_id", b.sseSpecification().kmsMasterKeyId());
      json.add("sse_specification", sse);
    }
    if (b.streamSpecification() != null) {
      JsonObject stream = new JsonObject();
      stream.addProperty("enabled", b.streamSpecification().enabled());
      stream.addProperty("view_type", b.streamSpecification().viewTypeAsString());
      json.add("stream_specification", stream);
    }
    json.add("tags", array(b.tags(), BackupJson::tag));
    b.unknownFields().forEach((path, raw) -> putAtPath(json, path, JsonParser.parseString(raw)));
    return json;
  }

  private static void links(JsonObject json, BackupLinks links) {
    if (links.equals(BackupLinks.NONE)) {
      return;
    }
    JsonObject object = new JsonObject();
    object.add("_self", link(links.self()));
    object.add("restore-aws-dynamodb-table", link(links.restoreTable()));
    object.add("restore-aws-dynamodb-records", link(links.restoreRecords()));
    json.add("_links", object);
  }

  private static JsonObject link(Link link) {
    if (link == null) {
      return null;
    }
    JsonObject json = new JsonObject();
    json.addProperty("href", link.href());
    json.addProperty("templated", link.templated());
    json.addProperty("type", link.type());
    return json;
  }

  private static JsonObject globalIndex(GlobalSecondaryIndex index) {
    JsonObject json = new JsonObject();
    json.addProperty("index_name", index.indexName());
    json.add("key_schema", array(index.keySchema(), BackupJson::keyElement));
    json.add("projection", projection(index.projection()));
    json.add("provisioned_throughput", throughput(index.provisionedThroughput()));
    json.addProperty("contributor_insights_status", index.contributorInsightsStatusAsString());
    return json;
  }

  private static JsonObject localIndex(LocalSecondaryIndex index) {
    JsonObject json = new JsonObject();
    json.addProperty("index_name", index.indexName());
    json.add("key_schema", array(index.keySchema(), BackupJson::keyElement));
    json.add("projection", projection(index.projection()));
    return json;
  }

  private static JsonObject keyElement(KeySchemaElement element) {
    JsonObject json = new JsonObject();
    json.addProperty("attribute_name", element.attributeName());
    json.addProperty("key_type", element.keyTypeAsString());
    return json;
  }

  private static JsonObject projection(Projection projection) {
    if (projection == null) {
      return null;
    }
    JsonObject json = new JsonObject();
    json.addProperty("projection_type", projection.projectionTypeAsString());
    JsonArray attributes = new JsonArray();
    projection.nonKeyAttributes().forEach(attributes::add);
    json.add("non_key_attributes", attributes);
    return json;
  }

  private static JsonObject throughput(ProvisionedThroughput throughput) {
    if (throughput == null) {
      return null;
    }
    JsonObject json = new JsonObject();
    json.addProperty("read_capacity_units", throughput.readCapacityUnits());
    json.addProperty("write_capacity_units", throughput.writeCapacityUnits());
    return json;
  }

  private static JsonObject readOverride(ProvisionedThroughputOverride override) {
    if (override == null) {
      return null;
    }
    JsonObject json = new JsonObject();
    json.addProperty("read_capacity_units", override.readCapacityUnits());
    return json;
  }

  private static JsonObject onDemandOverride(OnDemandThroughputOverride override) {
    if (override == null) {
      return null;
    }
    JsonObject json = new JsonObject();
    json.addProperty("max_read_request_units", override.maxReadRequestUnits());
    return json;
  }

  private static JsonObject replica(Replica replica) {
    JsonObject json = new JsonObject();
    json.addProperty("region_name", replica.regionName());
    json.addProperty("kms_master_key_id", replica.kmsMasterKeyId());
    json.add("provisioned_throughput_override", readOverride(replica.provisionedThroughputOverride()));
    json.add("global_secondary_indexes", array(replica.globalSecondaryIndexes(), BackupJson::replicaIndex));
    json.addProperty("replica_table_class", replica.replicaTableClassAsString());
    json.add("on_demand_throughput_override", onDemandOverride(replica.onDemandThroughputOverride()));
    return json;
  }

  private static JsonObject replicaIndex(ReplicaGlobalSecondaryIndex index) {
    JsonObject json = new JsonObject();
    json.addProperty("index_name", index.indexName());
    json.add("provisioned_throughput_override", readOverride(index.provisionedThroughputOverride()));
    json.add("on_demand_throughput_override", onDemandOverride(index.onDemandThroughputOverride()));
    return json;
  }

  private static JsonObject tag(Tag tag) {
    JsonObject json = new JsonObject();
    json.addProperty("key", tag.key());
    json.addProperty("value", tag.value());
    return json;
  }

  private static <T> JsonArray array(List<T> values, Function<T, JsonElement> mapper) {
    JsonArray array = new JsonArray();
    values.forEach(value -> array.add(mapper.apply(value)));
    return array;
  }

  /** Puts a value at a path such as {@code replicas[0].new_field}, creating objects on the way. */
  private static void putAtPath(JsonObject root, String path, JsonElement value) {
    String[] steps = path.split("\\.");
    JsonObject current = root;
    for (int i = 0; i < steps.length; i++) {
      Matcher step = PATH_STEP.matcher(steps[i]);
      if (!step.matches()) {
        return; // not a path this method wrote: leave it out rather than guess
      }
      String name = step.group(1);
      boolean last = i == steps.length - 1;
      if (step.group(2) == null) {
        if (last) {
          current.add(name, value);
          return;
        }
        JsonObject child = current.get(name) instanceof JsonObject existing ? existing : new JsonObject();
        current.add(name, child);
        current = child;
      } else {
        int index = Integer.parseInt(step.group(2));
        if (!(current.get(name) instanceof JsonArray array) || index >= array.size()
            || !(array.get(index) instanceof JsonObject element) || last) {
          return;
        }
        current = element;
      }
    }
  }
}
