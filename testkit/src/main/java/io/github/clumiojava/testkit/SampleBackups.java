package io.github.clumiojava.testkit;

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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/** The realistic backup {@link FakeClumio#sampleBackup(String, java.time.Clock)} fills a builder with. */
final class SampleBackups {
  /** How long before the clock's present the sample backup started. */
  static final Duration STARTED_AGO = Duration.ofDays(2);
  /** How long after the clock's present the sample backup expires. */
  static final Duration EXPIRES_IN = Duration.ofDays(28);

  private SampleBackups() {}

  static DynamoDbTableBackup.Builder of(String id, Instant now) {
    String self = "/backups/aws/dynamodb-tables/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    return DynamoDbTableBackup.builder()
        .id(id)
        .etag("W/\"" + Integer.toHexString(id.hashCode()) + "\"")
        .links(links -> links
            .self(link -> link.href(self).templated(false).type("get"))
            .restoreTable(link -> link.href("/restores/aws/dynamodb-tables").templated(false).type("post"))
            .restoreRecords(link -> link.href("/restores/aws/dynamodb-tables/records").templated(false).type("post")))
        .accountNativeId("123456789012")
        .awsRegion("us-west-2")
        .tableId("5d2c0e7a-9f1b-4c3d-8e6f-0a1b2c3d4e5f")
        .tableName("orders")
        .type(BackupType.CLUMIO_BACKUP)
        .startTimestamp(now.minus(STARTED_AGO))
        .expirationTimestamp(now.plus(EXPIRES_IN))
        .itemCount(48_213_377L)
        .sizeInBytes(13_421_772_800L)
        .billingMode(BillingMode.PROVISIONED)
        .tableClass(TableClass.STANDARD)
        .globalTableVersion(GlobalTableVersion.V2019_11_21)
        .pitrEnabled(true)
        .deletionProtectionEnabled(true)
        .contributorInsightsStatus(ContributorInsightsStatus.ENABLED)
        .provisionedThroughput(throughput -> throughput.readCapacityUnits(400L).writeCapacityUnits(100L))
        .globalSecondaryIndexes(
            GlobalSecondaryIndex.builder().indexName("by-customer")
                .keySchema(key("customer_id", KeyType.HASH), key("created_at", KeyType.RANGE))
                .projection(projection -> projection.projectionType(ProjectionType.INCLUDE).nonKeyAttributes("status", "total"))
                .provisionedThroughput(throughput -> throughput.readCapacityUnits(100L).writeCapacityUnits(50L))
                .contributorInsightsStatus(ContributorInsightsStatus.ENABLED)
                .build(),
            GlobalSecondaryIndex.builder().indexName("by-status")
                .keySchema(key("status", KeyType.HASH))
                .projection(projection -> projection.projectionType(ProjectionType.KEYS_ONLY))
                .provisionedThroughput(throughput -> throughput.readCapacityUnits(20L).writeCapacityUnits(20L))
                .build())
        .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("by-updated")
            .keySchema(key("order_id", KeyType.HASH), key("updated_at", KeyType.RANGE))
            .projection(projection -> projection.projectionType(ProjectionType.ALL))
            .build())
        .replicas(
            Replica.builder().regionName("eu-west-1")
                .kmsMasterKeyId("arn:aws:kms:eu-west-1:123456789012:key/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0")
                .provisionedThroughputOverride(override -> override.readCapacityUnits(200L))
                .globalSecondaryIndexes(ReplicaGlobalSecondaryIndex.builder().indexName("by-customer")
                    .provisionedThroughputOverride(override -> override.readCapacityUnits(50L)).build())
                .replicaTableClass(TableClass.STANDARD)
                .build(),
            Replica.builder().regionName("ap-southeast-2")
                .replicaTableClass(TableClass.STANDARD_INFREQUENT_ACCESS)
                .onDemandThroughputOverride(override -> override.maxReadRequestUnits(1_000L))
                .build())
        .sseSpecification(sse -> sse.kmsKeyType(KmsKeyType.CUSTOMER_MANAGED)
            .kmsMasterKeyId("arn:aws:kms:us-west-2:123456789012:key/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d"))
        .streamSpecification(stream -> stream.enabled(true).viewType(StreamViewType.NEW_AND_OLD_IMAGES))
        .tags(tag("team", "payments"), tag("env", "prod"), tag("cost-center", "cc-4711"));
  }

  private static KeySchemaElement key(String attribute, KeyType type) {
    return KeySchemaElement.builder().attributeName(attribute).keyType(type).build();
  }

  private static Tag tag(String key, String value) {
    return Tag.builder().key(key).value(value).build();
  }
}
