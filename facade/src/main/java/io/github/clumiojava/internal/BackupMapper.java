package io.github.clumiojava.internal;

import com.google.gson.JsonSyntaxException;
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
import io.github.clumiojava.generated.model.ListDynamoDbTableBackupsResponseDto;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Maps the generated wire model to the facade's immutable model. Absent nested objects stay
 * null, absent lists become empty, null list elements are dropped.
 *
 * <p>Not API: part of the library's implementation, which may change in any release.
 */
public final class BackupMapper {
  private BackupMapper() {}

  /**
   * Maps a backup.
   *
   * @param dto the generated model; not null
   * @param unknownFields properties the generated model has no field for
   * @return the facade model
   */
  public static DynamoDbTableBackup toBackup(ReadDynamoDbTableBackupResponseDto dto, Map<String, String> unknownFields) {
    return DynamoDbTableBackup.builder()
        .id(dto.getId())
        .etag(dto.getEtag())
        .tableName(dto.getTableName())
        .tableId(dto.getTableId())
        .accountNativeId(dto.getAccountNativeId())
        .awsRegion(dto.getAwsRegion())
        .typeAsString(dto.getType())
        .startTimestamp(instant(dto.getStartTimestamp()))
        .expirationTimestamp(instant(dto.getExpirationTimestamp()))
        .itemCount(dto.getItemCount())
        .sizeInBytes(dto.getSize())
        .billingModeAsString(dto.getBillingMode())
        .tableClassAsString(dto.getTableClass())
        .globalTableVersionAsString(dto.getGlobalTableVersion())
        .pitrEnabled(dto.getPitrStatus())
        .provisionedThroughput(throughput(dto.getProvisionedThroughput()))
        .globalSecondaryIndexes(list(dto.getGlobalSecondaryIndexes(), BackupMapper::globalIndex))
        .localSecondaryIndexes(list(dto.getLocalSecondaryIndexes(), BackupMapper::localIndex))
        .replicas(list(dto.getReplicas(), BackupMapper::replica))
        .sseSpecification(sse(dto.getSseSpecification()))
        .streamSpecification(stream(dto.getStreamSpecification()))
        .tags(list(dto.getTags(), tag -> Tag.builder().key(tag.getKey()).value(tag.getValue()).build()))
        .contributorInsightsStatusAsString(dto.getContributorInsightsStatus())
        .deletionProtectionEnabled(dto.getDeletionProtectionEnabled())
        .links(links(dto.getLinks()))
        .unknownFields(unknownFields)
        .build();
  }

  /**
   * Maps a page of the backup list.
   *
   * @param parsed the page as read, with each backup's unknown properties
   * @return the page
   * @throws com.google.gson.JsonSyntaxException if {@code _embedded.items} holds a null
   */
  public static BackupPage toPage(JsonCodec.ParsedPage parsed) {
    ListDynamoDbTableBackupsResponseDto dto = parsed.dto();
    List<ReadDynamoDbTableBackupResponseDto> items = dto.getEmbedded() == null || dto.getEmbedded().getItems() == null
        ? List.of() : dto.getEmbedded().getItems();
    List<DynamoDbTableBackup> backups = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) == null) {
        throw new JsonSyntaxException("$._embedded.items[" + i + "] is null, not a backup");
      }
      backups.add(toBackup(items.get(i), parsed.itemUnknownFields().getOrDefault(i, Map.of())));
    }
    boolean hasNext = dto.getLinks() != null && dto.getLinks().getNext() != null;
    OptionalLong total = dto.getTotalCount() == null ? OptionalLong.empty() : OptionalLong.of(dto.getTotalCount());
    return new BackupPage(backups, hasNext, total);
  }

  private static Instant instant(OffsetDateTime timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private static GlobalSecondaryIndex globalIndex(GlobalSecondaryIndexDto dto) {
    return GlobalSecondaryIndex.builder()
        .indexName(dto.getIndexName())
        .keySchema(list(dto.getKeySchema(), BackupMapper::keyElement))
        .projection(projection(dto.getProjection()))
        .provisionedThroughput(throughput(dto.getProvisionedThroughput()))
        .contributorInsightsStatusAsString(dto.getContributorInsightsStatus())
        .build();
  }

  private static LocalSecondaryIndex localIndex(LocalSecondaryIndexDto dto) {
    return LocalSecondaryIndex.builder()
        .indexName(dto.getIndexName())
        .keySchema(list(dto.getKeySchema(), BackupMapper::keyElement))
        .projection(projection(dto.getProjection()))
        .build();
  }

  private static KeySchemaElement keyElement(KeySchemaElementDto dto) {
    return KeySchemaElement.builder().attributeName(dto.getAttributeName()).keyTypeAsString(dto.getKeyType()).build();
  }

  private static Projection projection(ProjectionDto dto) {
    return dto == null ? null : Projection.builder()
        .projectionTypeAsString(dto.getProjectionType())
        .nonKeyAttributes(list(dto.getNonKeyAttributes(), Function.identity()))
        .build();
  }

  private static ProvisionedThroughput throughput(ProvisionedThroughputDto dto) {
    return dto == null ? null : ProvisionedThroughput.builder()
        .readCapacityUnits(dto.getReadCapacityUnits())
        .writeCapacityUnits(dto.getWriteCapacityUnits())
        .build();
  }

  private static ProvisionedThroughputOverride throughputOverride(ProvisionedThroughputOverrideDto dto) {
    return dto == null ? null
        : ProvisionedThroughputOverride.builder().readCapacityUnits(dto.getReadCapacityUnits()).build();
  }

  private static OnDemandThroughputOverride onDemandOverride(OnDemandThroughputOverrideDto dto) {
    return dto == null ? null
        : OnDemandThroughputOverride.builder().maxReadRequestUnits(dto.getMaxReadRequestUnits()).build();
  }

  private static Replica replica(ReplicaDescriptionDto dto) {
    return Replica.builder()
        .regionName(dto.getRegionName())
        .kmsMasterKeyId(dto.getKmsMasterKeyId())
        .provisionedThroughputOverride(throughputOverride(dto.getProvisionedThroughputOverride()))
        .globalSecondaryIndexes(list(dto.getGlobalSecondaryIndexes(), BackupMapper::replicaIndex))
        .replicaTableClassAsString(dto.getReplicaTableClass())
        .onDemandThroughputOverride(onDemandOverride(dto.getOnDemandThroughputOverride()))
        .build();
  }

  private static ReplicaGlobalSecondaryIndex replicaIndex(ReplicaGlobalSecondaryIndexDto dto) {
    return ReplicaGlobalSecondaryIndex.builder()
        .indexName(dto.getIndexName())
        .provisionedThroughputOverride(throughputOverride(dto.getProvisionedThroughputOverride()))
        .onDemandThroughputOverride(onDemandOverride(dto.getOnDemandThroughputOverride()))
        .build();
  }

  private static SseSpecification sse(SseSpecificationDto dto) {
    return dto == null ? null
        : SseSpecification.builder().kmsKeyTypeAsString(dto.getKmsKeyType()).kmsMasterKeyId(dto.getKmsMasterKeyId()).build();
  }

  private static StreamSpecification stream(StreamSpecificationDto dto) {
    return dto == null ? null
        : StreamSpecification.builder().enabled(dto.getEnabled()).viewTypeAsString(dto.getViewType()).build();
  }

  private static BackupLinks links(DynamoDbTableBackupLinksDto dto) {
    return dto == null ? BackupLinks.NONE : BackupLinks.builder()
        .self(link(dto.getSelf()))
        .restoreTable(link(dto.getRestoreAwsDynamodbTable()))
        .restoreRecords(link(dto.getRestoreAwsDynamodbRecords()))
        .build();
  }

  private static Link link(HateoasLinkDto dto) {
    return dto == null ? null : Link.builder().href(dto.getHref()).templated(dto.getTemplated()).type(dto.getType()).build();
  }

  private static <D, M> List<M> list(List<D> dtos, Function<D, M> mapper) {
    if (dtos == null || dtos.isEmpty()) {
      return List.of();
    }
    List<M> mapped = new ArrayList<>(dtos.size());
    for (D dto : dtos) {
      if (dto != null) {
        mapped.add(mapper.apply(dto));
      }
    }
    return mapped;
  }
}
