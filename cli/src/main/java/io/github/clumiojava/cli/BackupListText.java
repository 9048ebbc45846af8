package io.github.clumiojava.cli;

import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;

/**
 * Writes a list of backups for people, one line per backup as it arrives: id, start, expiry
 * ("expired" once it has passed, "never" without one), size and items. The columns after the id
 * have fixed widths, so lines are written without waiting for the whole list; the id column is
 * as wide as the first id (Clumio's ids all have one length), and a longer id only pushes its
 * own line. An absent value is shown as {@value #ABSENT}.
 */
final class BackupListText {
  static final String ABSENT = "-";
  private static final int TIME_WIDTH = "2026-11-25T16:46:55Z".length();

  private final PrintWriter out;
  private final Clock clock;
  private String format;
  private int lines;

  BackupListText(PrintWriter out, Clock clock) {
    this.out = out;
    this.clock = clock;
  }

  /** Writes a backup's line, after the header if it is the first. */
  void write(DynamoDbTableBackup b) {
    if (format == null) {
      int idWidth = Math.max("Backup".length(), b.id() == null ? 0 : b.id().length());
      format = "%-" + idWidth + "s  %-" + TIME_WIDTH + "s  %-" + TIME_WIDTH + "s  %10s  %13s%n";
      out.print(String.format(Locale.ROOT, format, "Backup", "Started", "Expires", "Size", "Items"));
    }
    out.print(String.format(Locale.ROOT, format,
        b.id() == null ? ABSENT : b.id(),
        b.startTimestamp().map(Object::toString).orElse(ABSENT),
        b.isExpired(clock) ? "expired" : b.expirationTimestamp().map(Object::toString).orElse("never"),
        b.sizeInBytes() == null ? ABSENT : BackupText.humanBytes(b.sizeInBytes()),
        b.itemCount() == null ? ABSENT : String.format(Locale.ROOT, "%,d", b.itemCount())));
    out.flush();
    lines++;
  }

  /** Ends the list: says so when it was empty. */
  void finish(String tableId) {
    if (lines == 0) {
      out.println("No backups of table " + tableId + " match.");
      out.flush();
    }
  }
}
