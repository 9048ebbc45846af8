package io.github.clumiojava.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress line on a terminal, rewritten in place ({@code \r}): ids done of the total, the
 * rate since the start and the estimated time left, such as {@code 120/300 done, 98.7/s, ETA 2s}.
 * It is drawn on standard error only when that is a terminal, and removed before anything else
 * is printed there or on standard output (which may be the same terminal). Not thread-safe.
 */
final class ProgressLine implements Progress {
  private static final double NANOS_PER_SECOND = 1e9;

  private final PrintWriter err;
  private final int total;
  private final LongSupplier nanoTime;
  private final long startNanos;
  private int done;
  private int shownLength;

  /**
   * Starts the clock of the rate.
   *
   * @param err where the line is drawn (a terminal)
   * @param total how many ids there are
   * @param nanoTime the ticker, such as {@code System::nanoTime}
   */
  ProgressLine(PrintWriter err, int total, LongSupplier nanoTime) {
    this.err = err;
    this.total = total;
    this.nanoTime = nanoTime;
    this.startNanos = nanoTime.getAsLong();
  }

  @Override
  public void clear() {
    if (shownLength > 0) {
      err.print("\r" + " ".repeat(shownLength) + "\r");
      err.flush();
      shownLength = 0;
    }
  }

  @Override
  public void done(int failed) {
    done++;
    String line = text(failed);
    // Padding wipes the end of a longer line shown before.
    err.print("\r" + line + " ".repeat(Math.max(0, shownLength - line.length())));
    err.flush();
    shownLength = line.length();
  }

  @Override
  public void finish() {
    clear();
  }

  /** The line for the ids done so far. */
  String text(int failed) {
    double seconds = (nanoTime.getAsLong() - startNanos) / NANOS_PER_SECOND;
    double rate = seconds > 0 ? done / seconds : 0;
    String eta = done == total ? "0s" : rate > 0 ? duration(Math.round((total - done) / rate)) : "?";
    return String.format(Locale.ROOT, "%d/%d done%s, %.1f/s, ETA %s", done, total,
        failed > 0 ? " (" + failed + " failed)" : "", rate, eta);
  }

  /** "42s", "3m05s", "2h07m". */
  static String duration(long seconds) {
    if (seconds < 60) {
      return seconds + "s";
    }
    if (seconds < 3600) {
      return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
    }
    return String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60);
  }
}
