package io.github.clumiojava.cli;

import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code clumio-backup get <backup-id>}: what is in a backup, and can it still be restored. */
@Command(name = "get", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Shows what a DynamoDB table backup holds and whether it can still be restored.",
        "The token comes from the environment variable CLUMIO_API_TOKEN or --token-file."})
final class GetCommand implements Callable<Integer> {
  private final CliContext context;

  @Parameters(index = "0", paramLabel = "<backup-id>", description = "The Clumio id of the backup.")
  String backupId;

  @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "human",
      description = "human (default) or json (the API's field names, dates in RFC 3339).")
  BackupOutput output;

  @Option(names = "--fail-if-expired", description = "Exit with status 8 if the backup has expired.")
  boolean failIfExpired;

  @Mixin
  ClientOptions client = new ClientOptions();

  GetCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    return client.run(context, clumio -> {
      DynamoDbTableBackup backup = clumio.getBackup(backupId);
      output.print(backup, context);
      return failIfExpired && backup.isExpired(context.clock()) ? ExitStatus.EXPIRED : ExitStatus.OK;
    });
  }
}
