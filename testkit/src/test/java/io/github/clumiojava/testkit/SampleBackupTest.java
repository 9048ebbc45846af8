package io.github.clumiojava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import io.github.clumiojava.dynamodb.ListBackupsRequest;
import io.github.clumiojava.testsupport.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sample backup: realistic, dated by a clock, and read back by the client exactly as built. */
class SampleBackupTest extends FakeClumioTestBase {
  private static final Clock CLOCK = new TestClock(Instant.parse("2026-11-25T10:15:30.750Z"));

  @Test
  void theClientReadsBackEqualWhatTheSampleBuilderHolds() {
    DynamoDbTableBackup built = FakeClumio.sampleBackup("b-1", CLOCK).build();
    clumio.addBackup(built);

    try (DynamoDbBackupClient client = clumio.clientBuilder().build()) {
      assertThat(client.getBackup("b-1")).isEqualTo(built);
      assertThat(client.listBackups(ListBackupsRequest.builder().build()).stream().toList()).containsExactly(built);
    }
  }

  @Test
  void aChangedSampleIsReadBackWithItsChanges() {
    DynamoDbTableBackup built = FakeClumio.sampleBackup("b-2", CLOCK).tableName("invoices").itemCount(null)
        .replicas().tags().build();
    clumio.addBackup(built);

    try (DynamoDbBackupClient client = clumio.clientBuilder().build()) {
      DynamoDbTableBackup read = client.getBackup("b-2");

      assertThat(read).isEqualTo(built);
      assertThat(read.tableName()).isEqualTo("invoices");
      assertThat(read.itemCount()).isNull();
      assertThat(read.replicas()).isEmpty();
    }
  }

  @Test
  void theSampleStartedInThePastAndExpiresInTheFutureOfTheClock() {
    DynamoDbTableBackup sample = FakeClumio.sampleBackup("b-1", CLOCK).build();

    assertThat(sample.startTimestamp()).hasValue(Instant.parse("2026-11-23T10:15:30Z"));
    assertThat(sample.expirationTimestamp()).hasValue(Instant.parse("2026-12-23T10:15:30Z"));
    assertThat(sample.isExpired(CLOCK)).isFalse();
    assertThat(sample.expiresIn(CLOCK)).hasValueSatisfying(left -> assertThat(left).isPositive());
  }

  @Test
  void theSampleHasEveryPartOfARealBackup() {
    DynamoDbTableBackup sample = FakeClumio.sampleBackup("b 1", CLOCK).build();

    assertThat(sample.id()).isEqualTo("b 1");
    assertThat(sample.links().self().href()).isEqualTo("/backups/aws/dynamodb-tables/b%201");
    assertThat(sample.globalSecondaryIndexes()).hasSize(2).allSatisfy(index -> assertThat(index.keySchema()).isNotEmpty());
    assertThat(sample.localSecondaryIndexes()).hasSize(1);
    assertThat(sample.provisionedThroughput().readCapacityUnits()).isPositive();
    assertThat(sample.replicas()).hasSize(2);
    assertThat(sample.sseSpecification().kmsMasterKeyId()).startsWith("arn:aws:kms:");
    assertThat(sample.streamSpecification().enabled()).isTrue();
    assertThat(sample.tagsAsMap()).containsEntry("team", "payments").containsKey("env");
    assertThat(sample.itemCount()).isPositive();
    assertThat(sample.sizeInBytes()).isPositive();
    assertThat(sample.unknownFields()).isEmpty();
  }

  @Test
  void withoutAClockTheSampleIsDatedByTheSystemClock() {
    Instant before = Instant.now();

    DynamoDbTableBackup sample = FakeClumio.sampleBackup("b-1").build();

    assertThat(sample.isExpired()).isFalse();
    assertThat(sample.startTimestamp()).hasValueSatisfying(start -> assertThat(start).isBefore(before));
  }

  @Test
  void aBlankOrNullIdIsRefused() {
    assertThatThrownBy(() -> FakeClumio.sampleBackup(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must not be blank");
    assertThatThrownBy(() -> FakeClumio.sampleBackup(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> FakeClumio.sampleBackup("b", null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void unknownFieldsAreSentAtTheirPathsAndReadBack() {
    DynamoDbTableBackup built = FakeClumio.sampleBackup("b-1", CLOCK).unknownFields(Map.of(
        "restore_tier", "\"fast\"",
        "replicas[1].replica_status", "{\"state\": \"ACTIVE\", \"since\": [1, 2.5, null]}",
        "sse_specification.key_rotation", "true")).build();
    clumio.addBackup(built);

    try (DynamoDbBackupClient client = clumio.clientBuilder().build()) {
      DynamoDbTableBackup read = client.getBackup("b-1");

      assertThat(read.unknownFields()).containsOnlyKeys("restore_tier", "replicas[1].replica_status",
          "sse_specification.key_rotation");
      assertThat(read.toBuilder().unknownFields(Map.of()).build()).isEqualTo(built.toBuilder().unknownFields(Map.of()).build());
    }
  }

  @Test
  void anUnknownFieldThatNamesAKnownPropertyIsRefused() {
    DynamoDbTableBackup backup = FakeClumio.sampleBackup("b-1", CLOCK).tableName(null)
        .unknownFields(Map.of("table_name", "\"x\"")).build();

    assertThatThrownBy(() -> clumio.addBackup(backup)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("backup b-1 cannot be served as given").hasMessageContaining("table_name");
  }

  @Test
  void anUnknownFieldThatIsNotJsonOrLeadsNowhereIsRefused() {
    assertThatThrownBy(() -> clumio.addBackup(FakeClumio.sampleBackup("b-1", CLOCK)
        .unknownFields(Map.of("new_field", "{not json")).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknownFields['new_field'] is not a JSON value");
    assertThatThrownBy(() -> clumio.addBackup(FakeClumio.sampleBackup("b-1", CLOCK)
        .unknownFields(Map.of("replicas[7].new_field", "1")).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leads nowhere");
    assertThatThrownBy(() -> clumio.addBackup(FakeClumio.sampleBackup("b-1", CLOCK)
        .unknownFields(Map.of("id", "\"b-2\"")).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already has");
  }

  @Test
  void aSampleDatedByAMovingClockExpiresWhenTheClockPassesItsExpiry() {
    TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
    DynamoDbTableBackup sample = FakeClumio.sampleBackup("b-1", clock).build();

    clock.advance(Duration.ofDays(28));

    assertThat(sample.isExpired(clock)).isTrue();
  }
}
