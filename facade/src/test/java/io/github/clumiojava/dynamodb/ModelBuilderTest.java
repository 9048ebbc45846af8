package io.github.clumiojava.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the model builders do with what they are given: nothing is required, absent lists become
 * empty as in parsing, lists are copied and unmodifiable, and the enum setters write the wire string.
 */
class ModelBuilderTest {
  @Test
  void aBuilderWithNothingSetBuildsAnAllAbsentBackup() {
    DynamoDbTableBackup backup = DynamoDbTableBackup.builder().build();

    assertThat(backup.id()).isNull();
    assertThat(backup.typeAsString()).isNull();
    assertThat(backup.type()).isNull();
    assertThat(backup.startTimestamp()).isEqualTo(Optional.empty());
    assertThat(backup.expirationTimestamp()).isEqualTo(Optional.empty());
    assertThat(backup.provisionedThroughput()).isNull();
    assertThat(backup.links()).isEqualTo(BackupLinks.NONE);
    assertThat(backup.unknownFields()).isEmpty();
  }

  @Test
  void listsNeverSetAreEmpty() {
    DynamoDbTableBackup backup = DynamoDbTableBackup.builder().build();

    assertThat(List.of(backup.globalSecondaryIndexes(), backup.localSecondaryIndexes(), backup.replicas(),
        backup.tags(), GlobalSecondaryIndex.builder().build().keySchema(),
        LocalSecondaryIndex.builder().build().keySchema(), Projection.builder().build().nonKeyAttributes(),
        Replica.builder().build().globalSecondaryIndexes())).allSatisfy(list -> assertThat(list).isEmpty());
  }

  @Test
  void listsSetToNullAreEmpty() {
    DynamoDbTableBackup backup = ModelSamples.backup().toBuilder()
        .globalSecondaryIndexes((Collection<GlobalSecondaryIndex>) null)
        .localSecondaryIndexes((LocalSecondaryIndex[]) null)
        .replicas((Collection<Replica>) null)
        .tags((Tag[]) null)
        .unknownFields(null)
        .build();

    assertThat(List.of(backup.globalSecondaryIndexes(), backup.localSecondaryIndexes(), backup.replicas(),
        backup.tags())).allSatisfy(list -> assertThat(list).isEmpty());
    assertThat(backup.unknownFields()).isEmpty();
  }

  @Test
  void linksSetToNullAreNone() {
    assertThat(ModelSamples.backup().toBuilder().links((BackupLinks) null).build().links()).isEqualTo(BackupLinks.NONE);
  }

  @Test
  void listsAndMapsAreCopiedWhenSet() {
    List<Tag> tags = new ArrayList<>(List.of(ModelSamples.tag()));
    Map<String, String> unknown = new HashMap<>(Map.of("x", "1"));
    DynamoDbTableBackup.Builder builder = DynamoDbTableBackup.builder().tags(tags).unknownFields(unknown);

    tags.add(Tag.builder().key("b").build());
    unknown.put("y", "2");

    DynamoDbTableBackup backup = builder.build();
    assertThat(backup.tags()).containsExactly(ModelSamples.tag());
    assertThat(backup.unknownFields()).containsOnlyKeys("x");
  }

  @Test
  void builtListsAndMapsAreUnmodifiable() {
    DynamoDbTableBackup backup = ModelSamples.backup();
    Tag tag = ModelSamples.tag();

    assertThatThrownBy(() -> backup.tags().add(tag)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> backup.tagsAsMap().put("c", "3")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> backup.unknownFields().put("z", "3")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> backup.replicas().get(0).globalSecondaryIndexes().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ModelSamples.projection().nonKeyAttributes().remove(0))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aNullListElementIsRefusedNamingTheFieldAndIndex() {
    Tag tag = ModelSamples.tag();

    assertThatThrownBy(() -> DynamoDbTableBackup.builder().tags(tag, null))
        .isInstanceOf(NullPointerException.class).hasMessageStartingWith("tags[1] is null");
    assertThatThrownBy(() -> Projection.builder().nonKeyAttributes(Arrays.asList(null, "a")))
        .isInstanceOf(NullPointerException.class).hasMessageStartingWith("nonKeyAttributes[0] is null");
  }

  @Test
  void anEnumSetterWritesTheWireStringTheServiceSends() {
    assertThat(DynamoDbTableBackup.builder().type(BackupType.AWS_SNAPSHOT).build().typeAsString())
        .isEqualTo("aws_snapshot");
    assertThat(DynamoDbTableBackup.builder().globalTableVersion(GlobalTableVersion.V2019_11_21).build()
        .globalTableVersionAsString()).isEqualTo("2019.11.21");
  }

  @Test
  void aWireStringThisVersionDoesNotKnowIsKeptAndReadsAsUnknown() {
    DynamoDbTableBackup backup = DynamoDbTableBackup.builder().billingModeAsString("ON_DEMAND_FLEX").build();

    assertThat(backup.billingMode()).isEqualTo(BillingMode.UNKNOWN);
    assertThat(backup.billingModeAsString()).isEqualTo("ON_DEMAND_FLEX");
  }

  @Test
  void theUnknownConstantIsRefusedNamingTheStringSetter() {
    assertThatThrownBy(() -> DynamoDbTableBackup.builder().type(BackupType.UNKNOWN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("type must not be UNKNOWN").hasMessageEndingWith("set the string with typeAsString(String)");
  }

  @Test
  void anEnumSetterGivenNullMakesTheValueAbsent() {
    DynamoDbTableBackup backup = ModelSamples.backup().toBuilder().type((BackupType) null).build();

    assertThat(backup.typeAsString()).isNull();
    assertThat(backup.type()).isNull();
  }

  @Test
  void aConsumerSetterFillsANewNestedBuilder() {
    DynamoDbTableBackup backup = ModelSamples.backup().toBuilder()
        .provisionedThroughput(throughput -> throughput.readCapacityUnits(7L))
        .build();

    assertThat(backup.provisionedThroughput())
        .isEqualTo(ProvisionedThroughput.builder().readCapacityUnits(7L).build());
  }

  @Test
  void aBuilderCanBuildAgainAfterAChangeWithoutChangingWhatItBuiltBefore() {
    DynamoDbTableBackup.Builder builder = DynamoDbTableBackup.builder().id("b-1");
    DynamoDbTableBackup first = builder.build();

    DynamoDbTableBackup second = builder.id("b-2").build();

    assertThat(first.id()).isEqualTo("b-1");
    assertThat(second.id()).isEqualTo("b-2");
  }
}
