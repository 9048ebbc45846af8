package io.github.clumiojava.benchmarks;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Backup bodies for the benchmarks, as the API sends them. */
final class Backups {
  private static final String ID = "7d4a3b4e-3c1f-4f3e-9a0e-2b8c5d6e7f80";
  private static final String SELF = "/backups/aws/dynamodb-tables/7d4a3b4e";
  private static final Instant STARTED = Instant.parse("2026-11-24T10:15:30.123Z");

  private Backups() {}

  /** A typical backup: one of each index, one replica, a few tags (about 2 KB). */
  static byte[] typical() {
    return backup(ID, SELF, STARTED, 1, 1, 1, 3).toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A typical backup with its own id and start time, as an item of a page of the backup list.
   *
   * @param id the backup's id
   * @param started its start time
   * @return the backup, as the read operation returns it
   */
  static JsonObject typical(String id, Instant started) {
    return backup(id, "/backups/aws/dynamodb-tables/" + id, started, 1, 1, 1, 3);
  }

  /** A large backup: 50 global and 5 local secondary indexes, 5 replicas, 50 tags. */
  static byte[] large() {
    return backup(ID, SELF, STARTED, 50, 5, 5, 50).toString().getBytes(StandardCharsets.UTF_8);
  }

  private static JsonObject backup(String id, String self, Instant started, int globalIndexes, int localIndexes,
      int replicas, int tags) {
    JsonObject b = new JsonObject();
    JsonObject links = new JsonObject();
    links.add("_self", link(self, "get"));
    links.add("restore-aws-dynamodb-table", link("/restores/aws/dynamodb-tables", "post"));
    links.add("restore-aws-dynamodb-records", link("/restores/aws/dynamodb-tables/records", "post"));
    b.add("_links", links);
    b.addProperty("_etag", "W/\"c2f0b6a1\"");
    b.addProperty("id", id);
    b.addProperty("account_native_id", "123456789012");
    b.addProperty("aws_region", "us-west-2");
    b.addProperty("table_id", "a1b2c3d4-e5f6-4a5b-8c9d-0e1f2a3b4c5d");
    b.addProperty("table_name", "orders");
    b.addProperty("type", "clumio_backup");
    b.addProperty("start_timestamp", started.toString());
    b.addProperty("expiration_timestamp", "2026-12-24T10:15:30Z");
    b.addProperty("item_count", 3_000_000_000L);
    b.addProperty("size", 5_368_709_120L);
    b.addProperty("billing_mode", "PROVISIONED");
    b.addProperty("table_class", "STANDARD");
    b.addProperty("global_table_version", "2019.11.21");
    b.addProperty("pitr_status", true);
    b.add("provisioned_throughput", throughput(100, 25));
    JsonArray gsis = new JsonArray();
    for (int i = 0; i < globalIndexes; i++) {
      JsonObject index = index("gsi-" + i);
      index.add("provisioned_throughput", throughput(50, 10));
      index.addProperty("contributor_insights_status", "ENABLED");
      gsis.add(index);
    }
    b.add("global_secondary_indexes", gsis);
    JsonArray lsis = new JsonArray();
    for (int i = 0; i < localIndexes; i++) {
      lsis.add(index("lsi-" + i));
    }
    b.add("local_secondary_indexes", lsis);
    JsonArray replicaArray = new JsonArray();
    for (int i = 0; i < replicas; i++) {
      JsonObject replica = new JsonObject();
      replica.addProperty("region_name", "eu-west-" + i);
      replica.addProperty("kms_master_key_id", "arn:aws:kms:eu-west-1:123456789012:key/0f1e2d3c-" + i);
      JsonObject override = new JsonObject();
      override.addProperty("read_capacity_units", 80);
      replica.add("provisioned_throughput_override", override);
      replica.addProperty("replica_table_class", "STANDARD");
      replicaArray.add(replica);
    }
    b.add("replicas", replicaArray);
    JsonObject sse = new JsonObject();
    sse.addProperty("kms_key_type", "CUSTOMER_MANAGED");
    sse.addProperty("kms_master_key_id", "arn:aws:kms:us-west-2:123456789012:key/1a2b3c4d");
    b.add("sse_specification", sse);
    JsonObject stream = new JsonObject();
    stream.addProperty("enabled", true);
    stream.addProperty("view_type", "NEW_AND_OLD_IMAGES");
    b.add("stream_specification", stream);
    JsonArray tagArray = new JsonArray();
    for (int i = 0; i < tags; i++) {
      JsonObject tag = new JsonObject();
      tag.addProperty("key", "tag-" + i);
      tag.addProperty("value", "value-" + i);
      tagArray.add(tag);
    }
    b.add("tags", tagArray);
    return b;
  }

  private static JsonObject index(String name) {
    JsonObject index = new JsonObject();
    index.addProperty("index_name", name);
    JsonArray keys = new JsonArray();
    keys.add(key("customer_id", "HASH"));
    keys.add(key("created_at", "RANGE"));
    index.add("key_schema", keys);
    JsonObject projection = new JsonObject();
    projection.addProperty("projection_type", "INCLUDE");
    JsonArray attributes = new JsonArray();
    attributes.add("status");
    attributes.add("total");
    projection.add("non_key_attributes", attributes);
    index.add("projection", projection);
    return index;
  }

  private static JsonObject key(String name, String type) {
    JsonObject key = new JsonObject();
    key.addProperty("attribute_name", name);
    key.addProperty("key_type", type);
    return key;
  }

  private static JsonObject throughput(long read, long write) {
    JsonObject t = new JsonObject();
    t.addProperty("read_capacity_units", read);
    t.addProperty("write_capacity_units", write);
    return t;
  }

  private static JsonObject link(String href, String method) {
    JsonObject link = new JsonObject();
    link.addProperty("href", href);
    link.addProperty("templated", false);
    link.addProperty("type", method);
    return link;
  }
}
