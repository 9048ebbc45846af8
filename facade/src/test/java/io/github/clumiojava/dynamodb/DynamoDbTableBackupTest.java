package io.github.clumiojava.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The conveniences of a backup: tags as a map, expiry, and the open enums. */
class DynamoDbTableBackupTest {
  private static final Instant EXPIRY = Instant.parse("2026-12-24T10:15:30Z");

  private static Tag tag(String key, String value) {
    return Tag.builder().key(key).value(value).build();
  }

  private static Clock at(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }

  @Test
  void laterTagWithTheSameKeyWinsInTheMap() {
    DynamoDbTableBackup backup = DynamoDbTableBackup.builder().tags(tag("k", "1"), tag("k", "2")).build();

    assertThat(backup.tagsAsMap()).containsExactly(Map.entry("k", "2"));
  }

  @Test
  void aBackupIsExpiredAtItsExpirationInstantExactly() {
    DynamoDbTableBackup backup = DynamoDbTableBackup.builder().expirationTimestamp(EXPIRY).build();

    assertThat(backup.isExpired(at(EXPIRY.minusNanos(1)))).isFalse();
    assertThat(backup.isExpired(at(EXPIRY))).isTrue();
    assertThat(backup.expiresIn(at(EXPIRY.minusSeconds(60)))).contains(Duration.ofSeconds(60));
  }

  @Test
  void aBackupWithoutExpirationTimestampNeverExpires() {
    DynamoDbTableBackup backup = DynamoDbTableBackup.builder().build();

    assertThat(backup.isExpired(at(Instant.MAX))).isFalse();
    assertThat(backup.expiresIn(at(EXPIRY))).isEmpty();
  }

  @Test
  void enumLookupIsNullForNullAndUnknownForAnythingElse() {
    assertThat(BillingMode.fromValue(null)).isNull();
    assertThat(BillingMode.fromValue("PAY_PER_REQUEST")).isEqualTo(BillingMode.PAY_PER_REQUEST);
    assertThat(BillingMode.fromValue("pay_per_request")).isEqualTo(BillingMode.UNKNOWN);
    assertThat(GlobalTableVersion.fromValue("2017.11.29")).isEqualTo(GlobalTableVersion.V2017_11_29);
    assertThat(BackupType.fromValue("aws_snapshot")).isEqualTo(BackupType.AWS_SNAPSHOT);
    assertThat(BackupType.UNKNOWN.value()).isNull();
  }
}
