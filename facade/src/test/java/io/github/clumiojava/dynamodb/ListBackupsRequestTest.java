package io.github.clumiojava.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The builder refuses what the service could not answer, before any request. */
class ListBackupsRequestTest {
  private static final Instant T = Instant.parse("2026-11-01T00:00:00Z");

  @Test
  void defaultsAreEveryBackupNewestFirstAHundredPerPage() {
    ListBackupsRequest request = ListBackupsRequest.builder().build();

    assertThat(request.tableId()).isEmpty();
    assertThat(request.startedAfter()).isEmpty();
    assertThat(request.startedAtOrBefore()).isEmpty();
    assertThat(request.type()).isEmpty();
    assertThat(request.pageSize()).isEqualTo(100);
    assertThat(request.isOldestFirst()).isFalse();
  }

  @Test
  void everySettingIsKept() {
    ListBackupsRequest request = ListBackupsRequest.builder().tableId("t-1").startedAfter(T)
        .startedAtOrBefore(T.plusSeconds(1)).type(BackupType.AWS_SNAPSHOT).pageSize(1).oldestFirst().build();

    assertThat(request.tableId()).hasValue("t-1");
    assertThat(request.startedAfter()).hasValue(T);
    assertThat(request.startedAtOrBefore()).hasValue(T.plusSeconds(1));
    assertThat(request.type()).hasValue(BackupType.AWS_SNAPSHOT);
    assertThat(request.pageSize()).isEqualTo(1);
    assertThat(request.isOldestFirst()).isTrue();
  }

  @Test
  void aBlankTableIdIsRefused() {
    assertThatThrownBy(() -> ListBackupsRequest.builder().tableId(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tableId");
  }

  @Test
  void aTableIdWithAControlCharacterIsRefused() {
    assertThatThrownBy(() -> ListBackupsRequest.builder().tableId("t\n1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("U+000A");
  }

  @Test
  void aTableIdWithAnUnpairedSurrogateIsRefused() {
    assertThatThrownBy(() -> ListBackupsRequest.builder().tableId("t\uD83D"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tableId").hasMessageContaining("unpaired UTF-16 surrogate at index 1");
  }

  @Test
  void aTableIdWithASurrogatePairIsKept() {
    assertThat(ListBackupsRequest.builder().tableId("t\uD83D\uDE00").build().tableId()).hasValue("t\uD83D\uDE00");
  }

  @Test
  void aNullTableIdIsRefused() {
    assertThatThrownBy(() -> ListBackupsRequest.builder().tableId(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("tableId");
  }

  @Test
  void aPageSizeOutsideOneToAHundredIsRefused() {
    assertThatThrownBy(() -> ListBackupsRequest.builder().pageSize(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pageSize").hasMessageContaining("0");
    assertThatThrownBy(() -> ListBackupsRequest.builder().pageSize(101)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("101");
  }

  @Test
  void aWindowWhoseStartIsNotBeforeItsEndIsRefusedWhicheverIsSetFirst() {
    assertThatThrownBy(() -> ListBackupsRequest.builder().startedAfter(T).startedAtOrBefore(T))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start must be before its end");
    assertThatThrownBy(() -> ListBackupsRequest.builder().startedAtOrBefore(T).startedAfter(T.plusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start must be before its end");
  }

  @Test
  void theUnknownTypeCannotBeFilteredOn() {
    assertThatThrownBy(() -> ListBackupsRequest.builder().type(BackupType.UNKNOWN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UNKNOWN");
  }

  @Test
  void aRefusedBoundLeavesTheBuilderAsItWas() {
    ListBackupsRequest.Builder builder = ListBackupsRequest.builder().startedAtOrBefore(T);

    assertThatThrownBy(() -> builder.startedAfter(T.plusSeconds(1))).isInstanceOf(IllegalArgumentException.class);

    assertThat(builder.build().startedAfter()).isEmpty();
  }

  @Test
  void anInstantRfc3339CannotWriteIsRefused() {
    assertThatThrownBy(() -> ListBackupsRequest.builder().startedAtOrBefore(Instant.MAX))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("startedAtOrBefore");
    assertThatThrownBy(() -> ListBackupsRequest.builder().startedAfter(Instant.MIN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("startedAfter");
  }
}
