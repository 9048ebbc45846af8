package io.github.clumiojava.cli;

import io.github.clumiojava.dynamodb.DynamoDbTableBackup;

/**
 * Prints the results of a {@code get} of many ids as they arrive, and works out the exit status:
 * each backup on standard output ({@link BackupOutput#human}: one block each, a blank line
 * between; {@link BackupOutput#ndjson}: one line each), each failed id on standard error as
 * {@code error: ID: reason}, and a {@link Progress} kept out of the way of both. Not
 * thread-safe: called from the thread that consumes the results.
 */
final class ManyBackupsOutput {
  private final CliContext context;
  private final BackupOutput format;
  private final boolean failIfExpired;
  private final boolean verbose;
  private final Progress progress;
  private int printed;
  private int failed;
  private int exitStatus = ExitStatus.OK;

  /**
   * Prints nothing yet.
   *
   * @param context where to print, and the clock that decides what has expired
   * @param format {@link BackupOutput#human} or {@link BackupOutput#ndjson}
   * @param failIfExpired whether an expired backup makes the status {@link ExitStatus#EXPIRED}
   * @param verbose whether a failure's stack trace follows its line
   * @param progress what to keep up to date
   */
  ManyBackupsOutput(CliContext context, BackupOutput format, boolean failIfExpired, boolean verbose, Progress progress) {
    this.context = context;
    this.format = format;
    this.failIfExpired = failIfExpired;
    this.verbose = verbose;
    this.progress = progress;
  }

  /** Prints a backup that was read. */
  void backup(DynamoDbTableBackup backup) {
    progress.clear();
    if (format == BackupOutput.human && printed > 0) {
      context.out().println();
    }
    format.print(backup, context);
    printed++;
    if (failIfExpired && backup.isExpired(context.clock())) {
      worsen(ExitStatus.EXPIRED);
    }
    progress.done(failed);
  }

  /**
   * Reports an id that could not be read.
   *
   * @param backupId the id
   * @param failure why; its message never holds the token
   */
  void failure(String backupId, Throwable failure) {
    progress.clear();
    failed++;
    context.err().println("error: " + backupId + ": " + ClumioBackupCli.describe(failure, " "));
    if (verbose) {
      failure.printStackTrace(context.err());
    }
    context.err().flush();
    worsen(ExitStatus.of(failure));
    progress.done(failed);
  }

  /** Removes the progress line: every result is in. */
  void finish() {
    progress.finish();
  }

  /**
   * Returns the exit status so far.
   *
   * @return {@link ExitStatus#OK} when every id succeeded, otherwise the highest status of the
   *     failures that occurred (the most severe)
   */
  int exitStatus() {
    return exitStatus;
  }

  private void worsen(int status) {
    exitStatus = Math.max(exitStatus, status);
  }
}
