package io.github.clumiojava.dynamodb;

import java.time.Instant;
import java.util.Map;

/** One instance of each model type with every field set, built anew on each call. */
final class ModelSamples {
  private ModelSamples() {}

  static Tag tag() {
    return Tag.builder().key("team").value("payments").build();
  }

  static Link link() {
    return Link.builder().href("/backups/aws/dynamodb-tables/b-1").templated(false).type("get").build();
  }

  static BackupLinks links() {
    return BackupLinks.builder().self(link()).restoreTable(link()).restoreRecords(link()).build();
  }

  static ProvisionedThroughput throughput() {
    return ProvisionedThroughput.builder().readCapacityUnits(100L).writeCapacityUnits(25L).build();
  }

  static ProvisionedThroughputOverride throughputOverride() {
    return ProvisionedThroughputOverride.builder().readCapacityUnits(80L).build();
  }

  static OnDemandThroughputOverride onDemandOverride() {
    return OnDemandThroughputOverride.builder().maxReadRequestUnits(1000L).build();
  }

  static KeySchemaElement keyElement() {
    return KeySchemaElement.builder().attributeName("customer_id").keyType(KeyType.HASH).build();
  }

  static Projection projection() {
    return Projection.builder().projectionType(ProjectionType.INCLUDE).nonKeyAttributes("status", "total").build();
  }

  static GlobalSecondaryIndex globalIndex() {
    return GlobalSecondaryIndex.builder().indexName("by-customer").keySchema(keyElement()).projection(projection())
        .provisionedThroughput(throughput()).contributorInsightsStatus(ContributorInsightsStatus.ENABLED).build();
  }

  static LocalSecondaryIndex localIndex() {
    return LocalSecondaryIndex.builder().indexName("by-status").keySchema(keyElement()).projection(projection())
        .build();
  }

  static ReplicaGlobalSecondaryIndex replicaIndex() {
    return ReplicaGlobalSecondaryIndex.builder().indexName("by-customer")
        .provisionedThroughputOverride(throughputOverride()).onDemandThroughputOverride(onDemandOverride()).build();
  }

  static Replica replica() {
    return Replica.builder().regionName("eu-west-1").kmsMasterKeyId("arn:aws:kms:eu-west-1:1:key/k")
        .provisionedThroughputOverride(throughputOverride()).globalSecondaryIndexes(replicaIndex())
        .replicaTableClass(TableClass.STANDARD_INFREQUENT_ACCESS).onDemandThroughputOverride(onDemandOverride())
        .build();
  }

  static SseSpecification sse() {
    return SseSpecification.builder().kmsKeyType(KmsKeyType.CUSTOMER_MANAGED)
        .kmsMasterKeyId("arn:aws:kms:us-west-2:1:key/k").build();
  }

  static StreamSpecification stream() {
    return StreamSpecification.builder().enabled(true).viewType(StreamViewType.NEW_AND_OLD_IMAGES).build();
  }

  static DynamoDbTableBackup backup() {
    return DynamoDbTableBackup.builder()
        .id("b-1")
        .etag("W/\"1\"")
        .tableName("orders")
        .tableId("t-1")
        .accountNativeId("123456789012")
        .awsRegion("us-west-2")
        .type(BackupType.CLUMIO_BACKUP)
        .startTimestamp(Instant.parse("2026-11-24T10:15:30Z"))
        .expirationTimestamp(Instant.parse("2026-12-24T10:15:30Z"))
        .itemCount(3L)
        .sizeInBytes(5L)
        .billingMode(BillingMode.PROVISIONED)
        .tableClass(TableClass.STANDARD)
        .globalTableVersion(GlobalTableVersion.V2019_11_21)
        .pitrEnabled(true)
        .provisionedThroughput(throughput())
        .globalSecondaryIndexes(globalIndex())
        .localSecondaryIndexes(localIndex())
        .replicas(replica())
        .sseSpecification(sse())
        .streamSpecification(stream())
        .tags(tag())
        .contributorInsightsStatus(ContributorInsightsStatus.DISABLED)
        .deletionProtectionEnabled(false)
        .links(links())
        .unknownFields(Map.of("restore_tier", "\"fast\""))
        .build();
  }

  static ListBackupsRequest listRequest() {
    return ListBackupsRequest.builder().tableId("t-1").startedAfter(Instant.parse("2026-11-01T00:00:00Z"))
        .startedAtOrBefore(Instant.parse("2026-12-01T00:00:00Z")).type(BackupType.AWS_SNAPSHOT).pageSize(10)
        .oldestFirst().build();
  }
}
