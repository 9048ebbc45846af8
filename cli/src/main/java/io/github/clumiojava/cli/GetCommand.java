package io.github.clumiojava.cli;

import io.github.clumiojava.dynamodb.BackupResult;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code clumio-backup get <backup-id>...}: what is in a backup, and can it still be restored.
 * One id prints its backup, or fails with the status of its failure. Several ids, or {@code
 * --ids-from}, go through the library's bulk read ({@link DynamoDbBackupClient#getBackups}),
 * which paces itself to the service's limit, and are printed as they arrive; a failed id is
 * reported on stderr and the others go on (see {@link ManyBackupsOutput}).
 */
@Command(name = "get", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Shows what DynamoDB table backups hold and whether they can still be restored.",
        "Several ids are read at the pace Clumio allows and printed as they arrive; a failed id is reported "
            + "on stderr, and the exit status is that of the most severe failure.",
        "The token comes from the environment variable CLUMIO_API_TOKEN or --token-file."})
final class GetCommand implements Callable<Integer> {
  private final CliContext context;

  @Parameters(arity = "0..*", paramLabel = "<backup-id>", description = "The Clumio ids of the backups.")
  List<String> backupIds = new ArrayList<>();

  @Option(names = "--ids-from", paramLabel = "FILE",
      description = "Read the backup ids from FILE, one per line (blank lines ignored); - reads standard input.")
  String idsFrom;

  @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "human",
      description = "human (default), json (one backup; the API's field names, dates in RFC 3339) "
          + "or ndjson (one backup per line, as it arrives).")
  BackupOutput output;

  @Option(names = "--fail-if-expired", description = "Exit with status 8 if a backup has expired (it is still printed).")
  boolean failIfExpired;

  @Mixin
  ClientOptions client = new ClientOptions();

  /** The library's message for an invalid id among several. */
  private static final Pattern INVALID_ID = Pattern.compile("backupIds\\[(\\d+)] is invalid: (.*)", Pattern.DOTALL);

  GetCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    BackupIds ids = BackupIds.read(backupIds, idsFrom, context.in());
    if (ids.ids().size() == 1 && idsFrom == null) {
      return client.run(context, clumio -> {
        DynamoDbTableBackup backup = clumio.getBackup(ids.ids().get(0));
        output.print(backup, context);
        return failIfExpired && backup.isExpired(context.clock()) ? ExitStatus.EXPIRED : ExitStatus.OK;
      });
    }
    if (output == BackupOutput.json) {
      throw new IllegalArgumentException("-o json prints one backup; use -o ndjson for several (one per line)");
    }
    return client.run(context, clumio -> getAll(clumio, ids));
  }

  private int getAll(DynamoDbBackupClient clumio, BackupIds ids) {
    Progress progress = context.errIsTerminal() ? new ProgressLine(context.err(), ids.ids().size(), System::nanoTime)
        : Progress.NONE;
    ManyBackupsOutput printer = new ManyBackupsOutput(context, output, failIfExpired, client.verbose, progress);
    try (Stream<BackupResult> results = start(clumio, ids)) {
      results.forEach(result -> result.backup().ifPresentOrElse(printer::backup,
          () -> printer.failure(result.backupId(), result.error().orElseThrow())));
    } finally {
      printer.finish();
    }
    return printer.exitStatus();
  }

  /**
   * Starts the bulk read. The library names an invalid id by its position in the list
   * ({@code backupIds[2] is invalid: ...}); the user is told the argument or line it came from.
   */
  private static Stream<BackupResult> start(DynamoDbBackupClient clumio, BackupIds ids) {
    try {
      return clumio.getBackups(ids.ids());
    } catch (IllegalArgumentException e) {
      Matcher invalid = INVALID_ID.matcher(String.valueOf(e.getMessage()));
      if (!invalid.matches()) {
        throw e;
      }
      throw new IllegalArgumentException(ids.placeOf(Integer.parseInt(invalid.group(1))) + ": " + invalid.group(2), e);
    }
  }
}
