package io.github.clumiojava.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final StringWriter err = new StringWriter();
  private final ProgressLine progress = new ProgressLine(new PrintWriter(err), 300, now::get);

  private void doneAfter(int ids, long millis) {
    now.addAndGet(millis * 1_000_000L);
    for (int i = 0; i < ids; i++) {
      progress.done(0);
    }
  }

  @Test
  void showsDoneOfTotalTheRateSinceTheStartAndTheTimeLeft() {
    doneAfter(120, 2_000);

    assertThat(progress.text(0)).isEqualTo("120/300 done, 60.0/s, ETA 3s");
  }

  @Test
  void countsFailuresWhenThereAreSome() {
    doneAfter(10, 1_000);

    assertThat(progress.text(2)).isEqualTo("10/300 done (2 failed), 10.0/s, ETA 29s");
  }

  @Test
  void theTimeLeftIsUnknownBeforeAnyTimeHasPassed() {
    assertThat(progress.text(0)).isEqualTo("0/300 done, 0.0/s, ETA ?");
  }

  @Test
  void theTimeLeftIsZeroWhenAllAreDone() {
    doneAfter(300, 3_000);

    assertThat(progress.text(0)).isEqualTo("300/300 done, 100.0/s, ETA 0s");
  }

  @Test
  void eachUpdateRewritesTheLineInPlace() {
    doneAfter(2, 1_000);

    assertThat(err.toString()).isEqualTo("\r1/300 done, 1.0/s, ETA 4m59s\r2/300 done, 2.0/s, ETA 2m29s");
  }

  @Test
  void clearingBlanksTheLineAndReturnsToItsStart() {
    doneAfter(1, 1_000);
    err.getBuffer().setLength(0);

    progress.clear();

    assertThat(err.toString()).isEqualTo("\r" + " ".repeat("1/300 done, 1.0/s, ETA 4m59s".length()) + "\r");
  }

  @Test
  void finishingLeavesNothingShownAndClearingTwiceWritesNothingMore() {
    doneAfter(1, 1_000);
    progress.finish();
    int written = err.toString().length();

    progress.clear();

    assertThat(err.toString()).hasSize(written).endsWith("\r");
  }

  @Test
  void durationsAreInSecondsThenMinutesThenHours() {
    assertThat(ProgressLine.duration(42)).isEqualTo("42s");
    assertThat(ProgressLine.duration(185)).isEqualTo("3m05s");
    assertThat(ProgressLine.duration(7_620)).isEqualTo("2h07m");
  }
}
