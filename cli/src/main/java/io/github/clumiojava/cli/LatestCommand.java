package io.github.clumiojava.cli;

import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code clumio-backup latest --table-id ID}: the newest backup of a table that can still be
 * restored, printed as {@code get} prints a backup. Exits with {@link ExitStatus#NOT_FOUND} when
 * the table has none.
 */
@Command(name = "latest", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Shows the newest backup of a DynamoDB table that can still be restored.",
        "Newer backups that have already expired are skipped; exits with status 3 when there is none.",
        "The token comes from the environment variable CLUMIO_API_TOKEN or --token-file."})
final class LatestCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(names = "--table-id", required = true, paramLabel = "ID", converter = TableIdOption.class,
      description = "The Clumio id of the table (not its DynamoDB name).")
  String tableId;

  @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "human",
      description = "human (default), json (the API's field names, dates in RFC 3339) or ndjson (the same on one line).")
  BackupOutput output;

  @Mixin
  ClientOptions client = new ClientOptions();

  LatestCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    return client.run(context, clumio -> {
      Optional<DynamoDbTableBackup> latest = clumio.latestRestorableBackup(tableId);
      if (latest.isEmpty()) {
        context.err().println("error: table " + tableId + " has no backup that can be restored "
            + "(no backups, or all of them have expired)");
        context.err().flush();
        return ExitStatus.NOT_FOUND;
      }
      output.print(latest.get(), context);
      return ExitStatus.OK;
    });
  }
}
