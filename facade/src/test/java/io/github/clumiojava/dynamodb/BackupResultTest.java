package io.github.clumiojava.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clumiojava.ClumioException;
import io.github.clumiojava.ClumioNotFoundException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A bulk read's result per id: a backup or an exception, never both, never neither. */
class BackupResultTest {
  private static final DynamoDbTableBackup BACKUP = DynamoDbTableBackup.builder().id("b-1").build();
  private static final ClumioException NOT_FOUND =
      new ClumioNotFoundException("getBackup('b-2') failed: HTTP 404", 404, List.of(), null);

  @Test
  void aSuccessHoldsItsBackupAndNoError() {
    BackupResult result = BackupResult.success("b-1", BACKUP);

    assertThat(result.backupId()).isEqualTo("b-1");
    assertThat(result.isSuccess()).isTrue();
    assertThat(result.backup()).containsSame(BACKUP);
    assertThat(result.error()).isEmpty();
    assertThat(result).hasToString("BackupResult[b-1: read]");
  }

  @Test
  void aFailureHoldsItsExceptionAndNoBackup() {
    BackupResult result = BackupResult.failure("b-2", NOT_FOUND);

    assertThat(result.backupId()).isEqualTo("b-2");
    assertThat(result.isSuccess()).isFalse();
    assertThat(result.backup()).isEmpty();
    assertThat(result.error()).containsSame(NOT_FOUND);
    assertThat(result).hasToString("BackupResult[b-2: ClumioNotFoundException: getBackup('b-2') failed: HTTP 404]");
  }

  @Test
  void nullArgumentsAreRefusedNamingThem() {
    assertThatThrownBy(() -> BackupResult.success(null, BACKUP)).hasMessage("backupId must not be null");
    assertThatThrownBy(() -> BackupResult.success("b-1", null)).hasMessage("backup must not be null");
    assertThatThrownBy(() -> BackupResult.failure("b-1", null)).hasMessage("error must not be null");
  }

  @Test
  void resultsAreEqualForTheSameIdAndAnEqualBackupOrTheSameException() {
    assertThat(BackupResult.success("b-1", BACKUP)).isEqualTo(BackupResult.success("b-1", BACKUP))
        .hasSameHashCodeAs(BackupResult.success("b-1", BACKUP))
        .isNotEqualTo(BackupResult.success("b-9", BACKUP));
    assertThat(BackupResult.failure("b-2", NOT_FOUND)).isEqualTo(BackupResult.failure("b-2", NOT_FOUND))
        .isNotEqualTo(BackupResult.failure("b-2", new ClumioNotFoundException("other", 404, List.of(), null)));
  }
}
