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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    return new DynamoDbTableBackup(
        dto.getId(),
        dto.getEtag(),
        dto.getTableName(),
        dto.getTableId(),
        dto.getAccountNativeId(),
        dto.getAwsRegion(),
        dto.getType(),
        Optional.ofNullable(dto.getStartTimestamp()).map(OffsetDateTime::toInstant),
        Optional.ofNullable(dto.getExpirationTimestamp()).map(OffsetDateTime::toInstant),
        dto.getItemCount(),
        dto.getSize(),
        dto.getBillingMode(),
        dto.getTableClass(),
        dto.getGlobalTableVersion(),
        dto.getPitrStatus(),
        throughput(dto.getProvisionedThroughput()),
        list(dto.getGlobalSecondaryIndexes(), BackupMapper::globalIndex),
        list(dto.getLocalSecondaryIndexes(), BackupMapper::localIndex),
        list(dto.getReplicas(), BackupMapper::replica),
        sse(dto.getSseSpecification()),
        stream(dto.getStreamSpecification()),
        list(dto.getTags(), tag -> new Tag(tag.getKey(), tag.getValue())),
        dto.getContributorInsightsStatus(),
        dto.getDeletionProtectionEnabled(),
        links(dto.getLinks()),
        unknownFields);
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

  private static GlobalSecondaryIndex globalIndex(GlobalSecondaryIndexDto dto) {
    return new GlobalSecondaryIndex(
        dto.getIndexName(),
        list(dto.getKeySchema(), BackupMapper::keyElement),
        projection(dto.getProjection()),
        throughput(dto.getProvisionedThroughput()),
        dto.getContributorInsightsStatus());
  }

  private static LocalSecondaryIndex localIndex(LocalSecondaryIndexDto dto) {
    return new LocalSecondaryIndex(
        dto.getIndexName(), list(dto.getKeySchema(), BackupMapper::keyElement), projection(dto.getProjection()));
  }

  private static KeySchemaElement keyElement(KeySchemaElementDto dto) {
    return new KeySchemaElement(dto.getAttributeName(), dto.getKeyType());
  }

  private static Projection projection(ProjectionDto dto) {
    return dto == null ? null
        : new Projection(dto.getProjectionType(), list(dto.getNonKeyAttributes(), Function.identity()));
  }

  private static ProvisionedThroughput throughput(ProvisionedThroughputDto dto) {
    return dto == null ? null : new ProvisionedThroughput(dto.getReadCapacityUnits(), dto.getWriteCapacityUnits());
  }

  private static ProvisionedThroughputOverride throughputOverride(ProvisionedThroughputOverrideDto dto) {
    return dto == null ? null : new ProvisionedThroughputOverride(dto.getReadCapacityUnits());
  }

  private static OnDemandThroughputOverride onDemandOverride(OnDemandThroughputOverrideDto dto) {
    return dto == null ? null : new OnDemandThroughputOverride(dto.getMaxReadRequestUnits());
  }

  private static Replica replica(ReplicaDescriptionDto dto) {
    return new Replica(
        dto.getRegionName(),
        dto.getKmsMasterKeyId(),
        throughputOverride(dto.getProvisionedThroughputOverride()),
        list(dto.getGlobalSecondaryIndexes(), BackupMapper::replicaIndex),
        dto.getReplicaTableClass(),
        onDemandOverride(dto.getOnDemandThroughputOverride()));
  }

  private static ReplicaGlobalSecondaryIndex replicaIndex(ReplicaGlobalSecondaryIndexDto dto) {
    return new ReplicaGlobalSecondaryIndex(
        dto.getIndexName(),
        throughputOverride(dto.getProvisionedThroughputOverride()),
        onDemandOverride(dto.getOnDemandThroughputOverride()));
  }

  private static SseSpecification sse(SseSpecificationDto dto) {
    return dto == null ? null : new SseSpecification(dto.getKmsKeyType(), dto.getKmsMasterKeyId());
  }

  private static StreamSpecification stream(StreamSpecificationDto dto) {
    return dto == null ? null : new StreamSpecification(dto.getEnabled(), dto.getViewType());
  }

  private static BackupLinks links(DynamoDbTableBackupLinksDto dto) {
    return dto == null ? BackupLinks.NONE
        : new BackupLinks(link(dto.getSelf()), link(dto.getRestoreAwsDynamodbTable()), link(dto.getRestoreAwsDynamodbRecords()));
  }

  private static Link link(HateoasLinkDto dto) {
    return dto == null ? null : new Link(dto.getHref(), dto.getTemplated(), dto.getType());
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
