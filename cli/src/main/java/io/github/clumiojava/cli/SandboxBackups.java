package io.github.clumiojava.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.clumiojava.dynamodb.BackupType;
import io.github.clumiojava.dynamodb.BillingMode;
import io.github.clumiojava.dynamodb.ContributorInsightsStatus;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import io.github.clumiojava.dynamodb.KmsKeyType;
import io.github.clumiojava.dynamodb.TableClass;
import io.github.clumiojava.dynamodb.Tag;
import io.github.clumiojava.testkit.FakeClumio;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The backups of the sandbox: three samples ({@link Sandbox#ACTIVE}, {@link Sandbox#EXPIRED},
 * {@link Sandbox#NEWER}) and the {@value Sandbox#TABLE_BACKUPS} backups of the table {@link
 * Sandbox#TABLE_ID}, whose own fields are in the class-path resource {@value #RESOURCE}. Times are
 * counted from the clock's present, truncated to whole seconds, once: the list does not move
 * under a client that walks it.
 */
final class SandboxBackups {
  /** The class-path resource of the table's backups. */
  static final String RESOURCE = "/sandbox/backups.json";

  private SandboxBackups() {}

  /**
   * Builds the backups.
   *
   * @param clock the clock whose present the times are counted from
   * @return the samples, then the table's backups, oldest first
   * @throws IllegalStateException if the resource is missing or not as its "about" describes
   */
  static List<DynamoDbTableBackup> load(Clock clock) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    List<DynamoDbTableBackup> backups = new ArrayList<>(samples(now));
    try {
      for (JsonElement element : JsonParser.parseString(resource()).getAsJsonObject().getAsJsonArray("backups")) {
        backups.add(tableBackup(element.getAsJsonObject(), now));
      }
    } catch (RuntimeException e) {
      throw new IllegalStateException(RESOURCE + " is not a valid list of sandbox backups: " + e, e);
    }
    return List.copyOf(backups);
  }

  private static List<DynamoDbTableBackup> samples(Instant now) {
    DynamoDbTableBackup active = FakeClumio.sampleBackup(Sandbox.ACTIVE, Clock.fixed(now, ZoneOffset.UTC))
        .etag("W/\"sandbox-1\"")
        .expirationTimestamp(now.plus(Duration.ofDays(12)))
        .build();
    DynamoDbTableBackup expired = DynamoDbTableBackup.builder()
        .id(Sandbox.EXPIRED)
        .accountNativeId("123456789012")
        .awsRegion("us-east-1")
        .tableId("8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d")
        .tableName("sessions")
        .type(BackupType.AWS_SNAPSHOT)
        .startTimestamp(now.minus(Duration.ofDays(33)))
        .expirationTimestamp(now.minus(Duration.ofDays(3)))
        .itemCount(120_034L)
        .sizeInBytes(73_400_320L)
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .tableClass(TableClass.STANDARD)
        .pitrEnabled(false)
        .sseSpecification(sse -> sse.kmsKeyType(KmsKeyType.DEFAULT))
        .streamSpecification(stream -> stream.enabled(false))
        .tags(tag("env", "staging"))
        .build();
    DynamoDbTableBackup newer = DynamoDbTableBackup.builder()
        .id(Sandbox.NEWER)
        .accountNativeId("123456789012")
        .awsRegion("eu-central-1")
        .tableId("2f3e4d5c-6b7a-4899-8a7b-6c5d4e3f2a1b")
        .tableName("events")
        .type(BackupType.CLUMIO_BACKUP)
        .startTimestamp(now.minus(Duration.ofDays(1)))
        .itemCount(991L)
        .sizeInBytes(524_288L)
        .billingModeAsString("ON_DEMAND_FLEX")
        .tableClassAsString("STANDARD_ARCHIVE")
        .contributorInsightsStatus(ContributorInsightsStatus.ENABLED)
        .unknownFields(newerThanTheSpec())
        .build();
    return List.of(active, expired, newer);
  }

  /** Fields a newer Clumio might send, in the order it sends them. */
  private static Map<String, String> newerThanTheSpec() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("warm_throughput", "{\"read_units_per_second\":12000,\"write_units_per_second\":4000}");
    fields.put("restore_tier", "\"fast\"");
    return fields;
  }

  /** A backup of the table: what all have in common, and the resource's own fields. */
  private static DynamoDbTableBackup tableBackup(JsonObject own, Instant now) {
    DynamoDbTableBackup.Builder backup = DynamoDbTableBackup.builder()
        .id(own.get("id").getAsString())
        .typeAsString(own.get("type").getAsString())
        .startTimestamp(now.plus(Duration.parse(own.get("start_timestamp").getAsString())))
        .sizeInBytes(own.get("size").getAsLong())
        .accountNativeId("123456789012")
        .awsRegion("us-west-2")
        .tableId(Sandbox.TABLE_ID)
        .tableName("invoices")
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .tableClass(TableClass.STANDARD)
        .pitrEnabled(true)
        .deletionProtectionEnabled(true)
        .sseSpecification(sse -> sse.kmsKeyType(KmsKeyType.AWS_MANAGED))
        .streamSpecification(stream -> stream.enabled(false))
        .tags(tag("team", "billing"), tag("env", "prod"))
        .links(links -> links
            .self(link -> link.href("/backups/aws/dynamodb-tables/" + own.get("id").getAsString()).templated(false).type("get"))
            .restoreTable(link -> link.href("/restores/aws/dynamodb-tables").templated(false).type("post"))
            .restoreRecords(link -> link.href("/restores/aws/dynamodb-tables/records").templated(false).type("post")));
    if (own.has("expiration_timestamp")) {
      backup.expirationTimestamp(now.plus(Duration.parse(own.get("expiration_timestamp").getAsString())));
    }
    if (own.has("item_count")) {
      backup.itemCount(own.get("item_count").getAsLong());
    }
    return backup.build();
  }

  private static Tag tag(String key, String value) {
    return Tag.builder().key(key).value(value).build();
  }

  private static String resource() {
    try (InputStream in = SandboxBackups.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
