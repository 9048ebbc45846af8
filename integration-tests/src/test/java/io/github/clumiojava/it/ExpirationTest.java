package io.github.clumiojava.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** {@code isExpired} and {@code expiresIn} at and around the expiration instant, by fixed clocks. */
class ExpirationTest extends WireMockTestBase {
  private static final Instant EXPIRY = Instant.parse("2026-12-24T10:15:30Z");

  private DynamoDbTableBackup backupExpiringAt(String timestamp) {
    wireMock.stubFor(getBackup("b-exp").willReturn(backupJson("{\"id\":\"b-exp\",\"expiration_timestamp\":\"" + timestamp + "\"}")));
    return client.getBackup("b-exp");
  }

  private static Clock at(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }

  @Test
  void notExpiredOneNanosecondBeforeTheExpirationInstant() {
    assertThat(backupExpiringAt("2026-12-24T10:15:30Z").isExpired(at(EXPIRY.minusNanos(1)))).isFalse();
  }

  @Test
  void expiredAtTheExpirationInstantExactly() {
    assertThat(backupExpiringAt("2026-12-24T10:15:30Z").isExpired(at(EXPIRY))).isTrue();
  }

  @Test
  void expiredAfterTheExpirationInstant() {
    assertThat(backupExpiringAt("2026-12-24T10:15:30Z").isExpired(at(EXPIRY.plusSeconds(1)))).isTrue();
  }

  @Test
  void anOffsetTimestampExpiresAtTheSameInstant() {
    DynamoDbTableBackup backup = backupExpiringAt("2026-12-24T12:15:30+02:00");

    assertThat(backup.isExpired(at(EXPIRY.minusNanos(1)))).isFalse();
    assertThat(backup.isExpired(at(EXPIRY))).isTrue();
  }

  @Test
  void expiresInIsTheTimeLeftAndNegativeOnceExpired() {
    DynamoDbTableBackup backup = backupExpiringAt("2026-12-24T10:15:30Z");

    assertThat(backup.expiresIn(at(EXPIRY.minus(Duration.ofDays(12))))).contains(Duration.ofDays(12));
    assertThat(backup.expiresIn(at(EXPIRY))).contains(Duration.ZERO);
    assertThat(backup.expiresIn(at(EXPIRY.plus(Duration.ofDays(3))))).contains(Duration.ofDays(-3));
  }

  @Test
  void aBackupWithoutExpirationNeverExpires() {
    wireMock.stubFor(getBackup("b-forever").willReturn(backupJson("{\"id\":\"b-forever\",\"expiration_timestamp\":null}")));
    DynamoDbTableBackup backup = client.getBackup("b-forever");

    assertThat(backup.isExpired(at(Instant.MAX))).isFalse();
    assertThat(backup.expiresIn(at(EXPIRY))).isEmpty();
  }

  @Test
  void isExpiredWithoutAClockUsesTheSystemClock() {
    assertThat(backupExpiringAt("2000-01-01T00:00:00Z").isExpired()).isTrue();
    assertThat(backupExpiringAt("2999-01-01T00:00:00Z").isExpired()).isFalse();
  }
}
