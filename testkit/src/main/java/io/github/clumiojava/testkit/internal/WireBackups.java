package io.github.clumiojava.testkit.internal;

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
import io.github.clumiojava.dynamodb.SseSpecification;
import io.github.clumiojava.dynamodb.StreamSpecification;
import io.github.clumiojava.dynamodb.Tag;
import io.github.clumiojava.generated.model.DynamoDbTableBackupLinksDto;
import io.github.clumiojava.generated.model.GlobalSecondaryIndexDto;
import io.github.clumiojava.generated.model.HateoasLinkDto;
import io.github.clumiojava.generated.model.KeySchemaElementDto;
import io.github.clumiojava.generated.model.LocalSecondaryIndexDto;
import io.github.clumiojava.generated.model.OnDemandThroughputOverrideDto;
import io.github.clumiojava.generated.model.ProjectionDto;
import io.github.clumiojava.generated.model.ProvisionedThroughputDto;
import io.github.clumiojava.generated.model.ProvisionedThroughputOverrideDto;
import io.github.clumiojava.generated.model.ReadDynamoDbTableBackupResponseDto;
import io.github.clumiojava.generated.model.ReplicaDescriptionDto;
import io.github.clumiojava.generated.model.ReplicaGlobalSecondaryIndexDto;
import io.github.clumiojava.generated.model.SseSpecificationDto;
import io.github.clumiojava.generated.model.StreamSpecificationDto;
import io.github.clumiojava.generated.model.TagDto;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;

/**
 * Maps the facade's model of a backup to the generated wire model that the client reads: the
 * inverse of the facade's {@code BackupMapper}. Absent values stay absent (null); empty lists are
 * left out, which the client reads back as empty lists. Stateless.
 */
final class WireBackups {
  private WireBackups() {}

  /**
   * Maps a backup, all but the properties the spec does not know.
   *
   * @param backup the backup; not null
   * @return the wire model
   */
  static ReadDynamoDbTableBackupResponseDto toDto(DynamoDbTableBackup backup) {
    return new ReadDynamoDbTableBackupResponseDto()
        .etag(backup.etag())
        .links(links(backup.links()))
        .id(backup.id())
        .accountNativeId(backup.accountNativeId())
        .awsRegion(backup.awsRegion())
        .tableId(backup.tableId())
        .tableName(backup.tableName())
        .type(backup.typeAsString())
        .startTimestamp(backup.startTimestamp().map(WireBackups::timestamp).orElse(null))
        .expirationTimestamp(backup.expirationTimestamp().map(WireBackups::timestamp).orElse(null))
        .itemCount(backup.itemCount())
        .size(backup.sizeInBytes())
        .billingMode(backup.billingModeAsString())
        .tableClass(backup.tableClassAsString())
        .globalTableVersion(backup.globalTableVersionAsString())
        .pitrStatus(backup.pitrEnabled())
        .provisionedThroughput(throughput(backup.provisionedThroughput()))
        .globalSecondaryIndexes(list(backup.globalSecondaryIndexes(), WireBackups::globalIndex))
        .localSecondaryIndexes(list(backup.localSecondaryIndexes(), WireBackups::localIndex))
        .replicas(list(backup.replicas(), WireBackups::replica))
        .sseSpecification(sse(backup.sseSpecification()))
        .streamSpecification(stream(backup.streamSpecification()))
        .tags(list(backup.tags(), WireBackups::tag))
        .contributorInsightsStatus(backup.contributorInsightsStatusAsString())
        .deletionProtectionEnabled(backup.deletionProtectionEnabled());
  }

  private static OffsetDateTime timestamp(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static DynamoDbTableBackupLinksDto links(BackupLinks links) {
    return links == null || links.equals(BackupLinks.NONE) ? null : new DynamoDbTableBackupLinksDto()
        .self(link(links.self()))
        .restoreAwsDynamodbTable(link(links.restoreTable()))
        .restoreAwsDynamodbRecords(link(links.restoreRecords()));
  }

  private static HateoasLinkDto link(Link link) {
    return link == null ? null : new HateoasLinkDto().href(link.href()).templated(link.templated()).type(link.type());
  }

  private static GlobalSecondaryIndexDto globalIndex(GlobalSecondaryIndex index) {
    return new GlobalSecondaryIndexDto()
        .indexName(index.indexName())
        .keySchema(list(index.keySchema(), WireBackups::keyElement))
        .projection(projection(index.projection()))
        .provisionedThroughput(throughput(index.provisionedThroughput()))
        .contributorInsightsStatus(index.contributorInsightsStatusAsString());
  }

  private static LocalSecondaryIndexDto localIndex(LocalSecondaryIndex index) {
    return new LocalSecondaryIndexDto()
        .indexName(index.indexName())
        .keySchema(list(index.keySchema(), WireBackups::keyElement))
        .projection(projection(index.projection()));
  }

  private static KeySchemaElementDto keyElement(KeySchemaElement element) {
    return new KeySchemaElementDto().attributeName(element.attributeName()).keyType(element.keyTypeAsString());
  }

  private static ProjectionDto projection(Projection projection) {
    return projection == null ? null : new ProjectionDto()
        .projectionType(projection.projectionTypeAsString())
        .nonKeyAttributes(list(projection.nonKeyAttributes(), Function.identity()));
  }

  private static ProvisionedThroughputDto throughput(ProvisionedThroughput throughput) {
    return throughput == null ? null : new ProvisionedThroughputDto()
        .readCapacityUnits(throughput.readCapacityUnits())
        .writeCapacityUnits(throughput.writeCapacityUnits());
  }

  private static ProvisionedThroughputOverrideDto throughputOverride(ProvisionedThroughputOverride override) {
    return override == null ? null : new ProvisionedThroughputOverrideDto().readCapacityUnits(override.readCapacityUnits());
  }

  private static OnDemandThroughputOverrideDto onDemandOverride(OnDemandThroughputOverride override) {
    return override == null ? null : new OnDemandThroughputOverrideDto().maxReadRequestUnits(override.maxReadRequestUnits());
  }

  private static ReplicaDescriptionDto replica(Replica replica) {
    return new ReplicaDescriptionDto()
        .regionName(replica.regionName())
        .kmsMasterKeyId(replica.kmsMasterKeyId())
        .provisionedThroughputOverride(throughputOverride(replica.provisionedThroughputOverride()))
        .globalSecondaryIndexes(list(replica.globalSecondaryIndexes(), WireBackups::replicaIndex))
        .replicaTableClass(replica.replicaTableClassAsString())
        .onDemandThroughputOverride(onDemandOverride(replica.onDemandThroughputOverride()));
  }

  private static ReplicaGlobalSecondaryIndexDto replicaIndex(ReplicaGlobalSecondaryIndex index) {
    return new ReplicaGlobalSecondaryIndexDto()
        .indexName(index.indexName())
        .provisionedThroughputOverride(throughputOverride(index.provisionedThroughputOverride()))
        .onDemandThroughputOverride(onDemandOverride(index.onDemandThroughputOverride()));
  }

  private static SseSpecificationDto sse(SseSpecification sse) {
    return sse == null ? null : new SseSpecificationDto().kmsKeyType(sse.kmsKeyTypeAsString()).kmsMasterKeyId(sse.kmsMasterKeyId());
  }

  private static StreamSpecificationDto stream(StreamSpecification stream) {
    return stream == null ? null : new StreamSpecificationDto().enabled(stream.enabled()).viewType(stream.viewTypeAsString());
  }

  private static TagDto tag(Tag tag) {
    return new TagDto().key(tag.key()).value(tag.value());
  }

  /** The mapped list, or null (absent) for an empty one. */
  private static <M, D> List<D> list(List<M> models, Function<M, D> mapper) {
    return models.isEmpty() ? null : models.stream().map(mapper).toList();
  }
}
