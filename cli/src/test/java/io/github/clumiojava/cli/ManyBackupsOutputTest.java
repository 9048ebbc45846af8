package io.github.clumiojava.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clumiojava.ClumioAuthenticationException;
import io.github.clumiojava.ClumioNotFoundException;
import io.github.clumiojava.ClumioServerException;
import io.github.clumiojava.ClumioTransportException;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManyBackupsOutputTest {
  private static final DynamoDbTableBackup ACTIVE = DynamoDbTableBackup.builder().id("b-active").tableName("orders")
      .expirationTimestamp(Instant.now().plus(Duration.ofDays(12))).build();
  private static final DynamoDbTableBackup EXPIRED = DynamoDbTableBackup.builder().id("b-expired")
      .tableName("sessions").expirationTimestamp(Instant.now().minus(Duration.ofDays(3))).build();

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final List<String> progress = new ArrayList<>();
  private final CliContext context = new CliContext(Map.of(), Clock.systemUTC(), InputStream.nullInputStream(),
      new PrintWriter(out), new PrintWriter(err), true);

  private ManyBackupsOutput output(BackupOutput format, boolean failIfExpired) {
    return new ManyBackupsOutput(context, format, failIfExpired, false, new Progress() {
      @Override
      public void clear() {
        progress.add("clear");
      }

      @Override
      public void done(int failed) {
        progress.add("done, " + failed + " failed");
      }

      @Override
      public void finish() {
        progress.add("finish");
      }
    });
  }

  private static ClumioNotFoundException notFound() {
    return new ClumioNotFoundException("GET /backups/aws/dynamodb-tables/b-9 failed: HTTP 404: no such backup", 404,
        List.of(), null);
  }

  @Test
  void ndjsonPrintsEachBackupOnOneLine() {
    ManyBackupsOutput output = output(BackupOutput.ndjson, false);

    output.backup(ACTIVE);
    output.backup(EXPIRED);

    assertThat(out.toString().lines()).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"));
    assertThat(out.toString().lines().toList().get(1)).isEqualTo(BackupJson.toJsonLine(EXPIRED));
  }

  @Test
  void humanOutputPrintsOneBlockPerBackupWithABlankLineBetween() {
    ManyBackupsOutput output = output(BackupOutput.human, false);

    output.backup(ACTIVE);
    output.backup(EXPIRED);

    assertThat(out.toString()).isEqualTo(BackupText.toText(ACTIVE, Clock.systemUTC()) + System.lineSeparator()
        + BackupText.toText(EXPIRED, Clock.systemUTC()));
  }

  @Test
  void aFailedIdGoesToStderrOnOneLineWithItsReasonAndHttpStatus() {
    ManyBackupsOutput output = output(BackupOutput.ndjson, false);

    output.failure("b-9", notFound());

    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).isEqualTo("error: b-9: GET /backups/aws/dynamodb-tables/b-9 failed: HTTP 404: "
        + "no such backup (HTTP status 404)" + System.lineSeparator());
  }

  @Test
  void theStatusIsZeroWhenEveryIdSucceeded() {
    ManyBackupsOutput output = output(BackupOutput.ndjson, false);

    output.backup(ACTIVE);
    output.backup(EXPIRED);

    assertThat(output.exitStatus()).isZero();
  }

  @Test
  void theStatusIsThatOfTheMostSevereFailureWhateverTheOrder() {
    ManyBackupsOutput output = output(BackupOutput.ndjson, false);

    output.failure("b-1", new ClumioServerException("HTTP 503", 503, List.of(), null));
    output.backup(ACTIVE);
    output.failure("b-2", notFound());
    output.failure("b-3", new ClumioAuthenticationException("HTTP 401", 401, List.of(), null));

    assertThat(output.exitStatus()).isEqualTo(ExitStatus.UNAVAILABLE);
  }

  @Test
  void oneFailureAmongSuccessesGivesItsStatus() {
    ManyBackupsOutput output = output(BackupOutput.ndjson, false);

    output.backup(ACTIVE);
    output.failure("b-2", new ClumioTransportException("connection refused", null));

    assertThat(output.exitStatus()).isEqualTo(ExitStatus.UNAVAILABLE);
  }

  @Test
  void anExpiredBackupCountsOnlyWithFailIfExpiredAndThenOutranksOtherFailures() {
    ManyBackupsOutput lenient = output(BackupOutput.ndjson, false);
    lenient.backup(EXPIRED);
    ManyBackupsOutput strict = output(BackupOutput.ndjson, true);
    strict.failure("b-9", notFound());
    strict.backup(EXPIRED);

    assertThat(lenient.exitStatus()).isZero();
    assertThat(strict.exitStatus()).isEqualTo(ExitStatus.EXPIRED);
    assertThat(out.toString().lines()).hasSize(2);
  }

  @Test
  void theProgressIsClearedBeforeEachResultIsPrintedAndShownAgainAfter() {
    ManyBackupsOutput output = output(BackupOutput.ndjson, false);

    output.backup(ACTIVE);
    output.failure("b-9", notFound());
    output.finish();

    assertThat(progress).containsExactly("clear", "done, 0 failed", "clear", "done, 1 failed", "finish");
  }
}
