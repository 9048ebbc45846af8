package io.github.clumiojava.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.clumiojava.ClumioResponseException;
import io.github.clumiojava.dynamodb.BackupLinks;
import io.github.clumiojava.dynamodb.BackupType;
import io.github.clumiojava.dynamodb.BillingMode;
import io.github.clumiojava.dynamodb.ContributorInsightsStatus;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import io.github.clumiojava.dynamodb.GlobalSecondaryIndex;
import io.github.clumiojava.dynamodb.GlobalTableVersion;
import io.github.clumiojava.dynamodb.KeySchemaElement;
import io.github.clumiojava.dynamodb.KeyType;
import io.github.clumiojava.dynamodb.KmsKeyType;
import io.github.clumiojava.dynamodb.LocalSecondaryIndex;
import io.github.clumiojava.dynamodb.ProjectionType;
import io.github.clumiojava.dynamodb.Replica;
import io.github.clumiojava.dynamodb.ReplicaGlobalSecondaryIndex;
import io.github.clumiojava.dynamodb.StreamViewType;
import io.github.clumiojava.dynamodb.TableClass;
import io.github.clumiojava.dynamodb.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** How a 200 body becomes a {@link DynamoDbTableBackup}. */
class BackupParsingTest extends WireMockTestBase {
  private static final String ID = "7d4a3b4e-3c1f-4f3e-9a0e-2b8c5d6e7f80";

  /** Every field of {@code full.json}, set through the builders with the enum setters where there is one. */
  private static final DynamoDbTableBackup FULL = DynamoDbTableBackup.builder()
      .id(ID)
      .etag("W/\"c2f0b6a1\"")
      .tableName("orders")
      .tableId("a1b2c3d4-e5f6-4a5b-8c9d-0e1f2a3b4c5d")
      .accountNativeId("123456789012")
      .awsRegion("us-west-2")
      .type(BackupType.CLUMIO_BACKUP)
      .startTimestamp(Instant.parse("2026-11-24T10:15:30Z"))
      .expirationTimestamp(Instant.parse("2026-12-24T10:15:30Z"))
      .itemCount(3_000_000_000L)
      .sizeInBytes(5_368_709_120L)
      .billingMode(BillingMode.PROVISIONED)
      .tableClass(TableClass.STANDARD)
      .globalTableVersion(GlobalTableVersion.V2019_11_21)
      .pitrEnabled(true)
      .provisionedThroughput(t -> t.readCapacityUnits(100L).writeCapacityUnits(25L))
      .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
          .indexName("by-customer")
          .keySchema(key("customer_id", KeyType.HASH), key("created_at", KeyType.RANGE))
          .projection(p -> p.projectionType(ProjectionType.INCLUDE).nonKeyAttributes("status", "total"))
          .provisionedThroughput(t -> t.readCapacityUnits(50L).writeCapacityUnits(10L))
          .contributorInsightsStatus(ContributorInsightsStatus.ENABLED)
          .build())
      .localSecondaryIndexes(LocalSecondaryIndex.builder()
          .indexName("by-status")
          .keySchema(key("order_id", KeyType.HASH), key("status", KeyType.RANGE))
          .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY))
          .build())
      .replicas(Replica.builder()
          .regionName("eu-west-1")
          .kmsMasterKeyId("arn:aws:kms:eu-west-1:123456789012:key/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0")
          .provisionedThroughputOverride(o -> o.readCapacityUnits(80L))
          .globalSecondaryIndexes(ReplicaGlobalSecondaryIndex.builder()
              .indexName("by-customer")
              .provisionedThroughputOverride(o -> o.readCapacityUnits(40L))
              .onDemandThroughputOverride(o -> o.maxReadRequestUnits(500L))
              .build())
          .replicaTableClass(TableClass.STANDARD_INFREQUENT_ACCESS)
          .onDemandThroughputOverride(o -> o.maxReadRequestUnits(1000L))
          .build())
      .sseSpecification(sse -> sse.kmsKeyType(KmsKeyType.CUSTOMER_MANAGED)
          .kmsMasterKeyId("arn:aws:kms:us-west-2:123456789012:key/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d"))
      .streamSpecification(stream -> stream.enabled(true).viewType(StreamViewType.NEW_AND_OLD_IMAGES))
      .tags(tag("team", "payments"), tag("env", "prod"))
      .contributorInsightsStatus(ContributorInsightsStatus.DISABLED)
      .deletionProtectionEnabled(true)
      .links(links -> links
          .self(link -> link.href("/backups/aws/dynamodb-tables/" + ID).templated(false).type("get"))
          .restoreTable(link -> link.href("/restores/aws/dynamodb-tables").templated(false).type("post"))
          .restoreRecords(link -> link.href("/restores/aws/dynamodb-tables/records").templated(false).type("post")))
      .build();

  @Test
  void referenceExampleReadsBackEqualToTheBackupBuiltWithEveryField() {
    wireMock.stubFor(getBackup(ID).willReturn(backupJson(resource("full.json"))));

    DynamoDbTableBackup backup = client.getBackup(ID);

    assertThat(backup).isEqualTo(FULL);
    assertThat(backup.toString()).isEqualTo(FULL.toString());
  }

  @Test
  void theBuiltReferenceBackupLeavesNoFieldAbsent() {
    assertThat(FULL).hasNoNullFieldsOrProperties();
    assertThat(FULL.startTimestamp()).isPresent();
    assertThat(FULL.expirationTimestamp()).isPresent();
    assertThat(List.of(FULL.globalSecondaryIndexes(), FULL.localSecondaryIndexes(), FULL.replicas(), FULL.tags()))
        .allSatisfy(list -> assertThat(list).isNotEmpty());
    assertThat(FULL.links()).hasNoNullFieldsOrProperties();
  }

  @Test
  void knownEnumValuesMapToTheirConstants() {
    wireMock.stubFor(getBackup(ID).willReturn(backupJson(resource("full.json"))));

    DynamoDbTableBackup backup = client.getBackup(ID);

    assertThat(backup.typeAsString()).isEqualTo("clumio_backup");
    assertThat(backup.globalTableVersionAsString()).isEqualTo("2019.11.21");
    assertThat(backup.tagsAsMap()).containsExactly(Map.entry("team", "payments"), Map.entry("env", "prod"));
    GlobalSecondaryIndex index = backup.globalSecondaryIndexes().get(0);
    assertThat(index.keySchema()).extracting(KeySchemaElement::keyType).containsExactly(KeyType.HASH, KeyType.RANGE);
    assertThat(index.projection().projectionType()).isEqualTo(ProjectionType.INCLUDE);
    assertThat(index.contributorInsightsStatus()).isEqualTo(ContributorInsightsStatus.ENABLED);
    assertThat(backup.replicas().get(0).replicaTableClass()).isEqualTo(TableClass.STANDARD_INFREQUENT_ACCESS);
    assertThat(backup.sseSpecification().kmsKeyType()).isEqualTo(KmsKeyType.CUSTOMER_MANAGED);
    assertThat(backup.streamSpecification().viewType()).isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
  }

  @Test
  void unknownEnumValuesMapToUnknownAndKeepTheirRawString() {
    wireMock.stubFor(getBackup("b-newer").willReturn(backupJson(resource("newer-than-spec.json"))));

    DynamoDbTableBackup backup = client.getBackup("b-newer");

    assertThat(backup.billingMode()).isEqualTo(BillingMode.UNKNOWN);
    assertThat(backup.billingModeAsString()).isEqualTo("ON_DEMAND_FLEX");
    assertThat(backup.tableClass()).isEqualTo(TableClass.UNKNOWN);
    assertThat(backup.tableClassAsString()).isEqualTo("STANDARD_ARCHIVE");
    assertThat(backup.type()).isEqualTo(BackupType.UNKNOWN);
    assertThat(backup.typeAsString()).isEqualTo("cross_region_copy");
    assertThat(backup.globalTableVersion()).isEqualTo(GlobalTableVersion.UNKNOWN);
    assertThat(backup.globalTableVersionAsString()).isEqualTo("2030.01.01");
    assertThat(backup.contributorInsightsStatus()).isEqualTo(ContributorInsightsStatus.UNKNOWN);
    assertThat(backup.contributorInsightsStatusAsString()).isEqualTo("PAUSED");
    GlobalSecondaryIndex index = backup.globalSecondaryIndexes().get(0);
    assertThat(index.keySchema().get(0).keyType()).isEqualTo(KeyType.UNKNOWN);
    assertThat(index.keySchema().get(0).keyTypeAsString()).isEqualTo("PARTITION");
    assertThat(index.projection().projectionType()).isEqualTo(ProjectionType.UNKNOWN);
    assertThat(index.projection().projectionTypeAsString()).isEqualTo("SOME_NEW_PROJECTION");
    assertThat(backup.sseSpecification().kmsKeyType()).isEqualTo(KmsKeyType.UNKNOWN);
    assertThat(backup.sseSpecification().kmsKeyTypeAsString()).isEqualTo("HSM_BACKED");
    assertThat(backup.streamSpecification().viewType()).isEqualTo(StreamViewType.UNKNOWN);
    assertThat(backup.streamSpecification().viewTypeAsString()).isEqualTo("DIFF_ONLY");
    assertThat(backup.replicas().get(0).replicaTableClass()).isEqualTo(TableClass.UNKNOWN);
    assertThat(backup.replicas().get(0).replicaTableClassAsString()).isEqualTo("GLACIER_LIKE");
  }

  @Test
  void unknownFieldsAreKeptAsRawJsonByPath() {
    wireMock.stubFor(getBackup("b-newer").willReturn(backupJson(resource("newer-than-spec.json"))));

    DynamoDbTableBackup backup = client.getBackup("b-newer");

    assertThat(backup.unknownFields()).containsExactly(
        Map.entry("global_secondary_indexes[0].warm_throughput", "{\"read_units_per_second\":12000}"),
        Map.entry("replicas[0].replica_status", "\"ACTIVE\""),
        Map.entry("resource_policy", "{\"version\":\"2012-10-17\",\"statements\":[1,2.5,null,true]}"),
        Map.entry("restore_tier", "\"fast\""));
    assertThat(backup.tableName()).isEqualTo("events");
  }

  @Test
  void emptyObjectGivesAbsentValuesEmptyCollectionsAndNoExpiry() {
    wireMock.stubFor(getBackup("b-empty").willReturn(backupJson("{}")));

    DynamoDbTableBackup backup = client.getBackup("b-empty");

    assertAllAbsent(backup);
  }

  @Test
  void emptyObjectReadsBackEqualToABackupBuiltWithNothingSet() {
    wireMock.stubFor(getBackup("b-empty").willReturn(backupJson("{}")));

    assertThat(client.getBackup("b-empty")).isEqualTo(DynamoDbTableBackup.builder().build());
  }

  @Test
  void explicitNullsAreTreatedLikeAbsentFields() {
    wireMock.stubFor(getBackup("b-null").willReturn(backupJson(resource("all-null.json"))));

    DynamoDbTableBackup backup = client.getBackup("b-null");

    assertAllAbsent(backup);
  }

  @Test
  void nullElementsOfListsAreDropped() {
    wireMock.stubFor(getBackup("b-1").willReturn(backupJson(
        "{\"tags\":[null,{\"key\":\"a\",\"value\":null},{\"value\":\"orphan\"}],\"replicas\":[null],"
            + "\"global_secondary_indexes\":[{\"key_schema\":[null]}]}")));

    DynamoDbTableBackup backup = client.getBackup("b-1");

    assertThat(backup.tags()).containsExactly(tag("a", null), tag(null, "orphan"));
    assertThat(backup.tagsAsMap()).containsExactly(Map.entry("a", ""));
    assertThat(backup.replicas()).isEmpty();
    assertThat(backup.globalSecondaryIndexes().get(0).keySchema()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "2026-11-24T10:15:30Z,             2026-11-24T10:15:30Z",
      "2026-11-24T10:15:30.123Z,         2026-11-24T10:15:30.123Z",
      "2026-11-24T10:15:30.123456789Z,   2026-11-24T10:15:30.123456789Z",
      "2026-11-24T12:15:30+02:00,        2026-11-24T10:15:30Z",
      "2026-11-24T05:15:30.5-05:00,      2026-11-24T10:15:30.500Z",
      "2026-11-24T10:15:30+00:00,        2026-11-24T10:15:30Z",
      "2026-11-24t10:15:30z,             2026-11-24T10:15:30Z",
  })
  void rfc3339TimestampVariantsParseToTheSameInstant(String wire, String expected) {
    wireMock.stubFor(getBackup("b-ts").willReturn(backupJson("{\"start_timestamp\":\"" + wire + "\"}")));

    assertThat(client.getBackup("b-ts").startTimestamp()).contains(Instant.parse(expected));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  @ResponseViolatesSpec("deletion_protection_enabled is the string \"yes\", not a boolean")
  void aStringForABooleanFailsNamingItsPath(Mode mode) {
    wireMock.stubFor(getBackup("b-yes").willReturn(backupJson(
        "{\"table_name\":\"orders\",\"deletion_protection_enabled\":\"yes\"}")));

    ClumioResponseException e = catchThrowableOfType(ClumioResponseException.class, () -> mode.get(client, "b-yes"));

    assertThat(e.statusCode()).isEqualTo(200);
    assertThat(e).hasMessageEndingWith("with a body that is not a readable backup:"
        + " $.deletion_protection_enabled: expected a boolean but was the string \"yes\"");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  @ResponseViolatesSpec("the second index's index_name is a number, not a string")
  void aNumberForAStringFailsNamingItsPath(Mode mode) {
    wireMock.stubFor(getBackup("b-42").willReturn(backupJson(
        "{\"global_secondary_indexes\":[{\"index_name\":\"by-customer\"},{\"index_name\":42}]}")));

    ClumioResponseException e = catchThrowableOfType(ClumioResponseException.class, () -> mode.get(client, "b-42"));

    assertThat(e.statusCode()).isEqualTo(200);
    assertThat(e).hasMessageEndingWith("with a body that is not a readable backup:"
        + " $.global_secondary_indexes[1].index_name: expected a string but was the number 42");
  }

  private static KeySchemaElement key(String attributeName, KeyType keyType) {
    return KeySchemaElement.builder().attributeName(attributeName).keyType(keyType).build();
  }

  private static Tag tag(String key, String value) {
    return Tag.builder().key(key).value(value).build();
  }

  private static void assertAllAbsent(DynamoDbTableBackup backup) {
    assertThat(backup.id()).isNull();
    assertThat(backup.etag()).isNull();
    assertThat(backup.tableName()).isNull();
    assertThat(backup.tableId()).isNull();
    assertThat(backup.accountNativeId()).isNull();
    assertThat(backup.awsRegion()).isNull();
    assertThat(backup.type()).isNull();
    assertThat(backup.typeAsString()).isNull();
    assertThat(backup.startTimestamp()).isEqualTo(Optional.empty());
    assertThat(backup.expirationTimestamp()).isEqualTo(Optional.empty());
    assertThat(backup.isExpired()).isFalse();
    assertThat(backup.itemCount()).isNull();
    assertThat(backup.sizeInBytes()).isNull();
    assertThat(backup.billingMode()).isNull();
    assertThat(backup.tableClass()).isNull();
    assertThat(backup.globalTableVersion()).isNull();
    assertThat(backup.pitrEnabled()).isNull();
    assertThat(backup.deletionProtectionEnabled()).isNull();
    assertThat(backup.contributorInsightsStatus()).isNull();
    assertThat(backup.provisionedThroughput()).isNull();
    assertThat(backup.globalSecondaryIndexes()).isEmpty();
    assertThat(backup.localSecondaryIndexes()).isEmpty();
    assertThat(backup.replicas()).isEmpty();
    assertThat(backup.sseSpecification()).isNull();
    assertThat(backup.streamSpecification()).isNull();
    assertThat(backup.tags()).isEmpty();
    assertThat(backup.tagsAsMap()).isEmpty();
    assertThat(backup.links()).isEqualTo(BackupLinks.NONE);
    assertThat(backup.unknownFields()).isEmpty();
  }
}
