package io.github.clumiojava.cli;

import io.github.clumiojava.dynamodb.BackupType;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import io.github.clumiojava.dynamodb.ListBackupsRequest;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code clumio-backup list --table-id ID}: the backups of a table, newest first, printed as the
 * pages arrive. {@code --max-items} stops the walk: no page beyond the one it stops in is
 * fetched.
 */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Lists the backups of a DynamoDB table, newest first, fetching pages as it prints them.",
        "The token comes from the environment variable CLUMIO_API_TOKEN or --token-file."})
final class ListCommand implements Callable<Integer> {
  /** The output formats of {@code list}. */
  enum Output {
    /** One aligned line per backup. */
    human,
    /** One JSON array, printed when the whole list has arrived. */
    json,
    /** One backup per line, as compact JSON, printed as it arrives. */
    ndjson
  }

  /** The values of {@code --type}, as the API spells them. */
  enum Type {
    /** A backup stored by Clumio. */
    clumio_backup(BackupType.CLUMIO_BACKUP),
    /** An AWS backup of the table, kept in the customer's account. */
    aws_snapshot(BackupType.AWS_SNAPSHOT);

    final BackupType type;

    Type(BackupType type) {
      this.type = type;
    }
  }

  private final CliContext context;

  @Option(names = "--table-id", required = true, paramLabel = "ID", converter = TableIdOption.class,
      description = "The Clumio id of the table (not its DynamoDB name).")
  String tableId;

  @Option(names = "--since", paramLabel = "TIME", converter = Rfc3339.class,
      description = "Only backups started after TIME, an RFC 3339 timestamp such as 2026-11-01T00:00:00Z.")
  Instant since;

  @Option(names = "--until", paramLabel = "TIME", converter = Rfc3339.class,
      description = "Only backups started at or before TIME (RFC 3339).")
  Instant until;

  @Option(names = "--type", paramLabel = "TYPE", description = "Only backups of this type: ${COMPLETION-CANDIDATES}.")
  Type type;

  @Option(names = "--oldest-first", description = "Oldest backups first (default: newest first).")
  boolean oldestFirst;

  @Option(names = "--max-items", paramLabel = "N",
      description = "Stop after N backups, fetching no further page (default: all).")
  Integer maxItems;

  @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "human",
      description = "human (default), json (one array) or ndjson (one backup per line); "
          + "JSON has the API's field names, dates in RFC 3339.")
  Output output;

  @Mixin
  ClientOptions client = new ClientOptions();

  ListCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    ListBackupsRequest request = request();
    return client.run(context, clumio -> {
      print(backups(clumio, request));
      return ExitStatus.OK;
    });
  }

  /** The request the options describe; a bad combination is a usage error naming the options. */
  private ListBackupsRequest request() {
    if (since != null && until != null && !since.isBefore(until)) {
      throw new IllegalArgumentException("--since " + since + " must be before --until " + until);
    }
    if (maxItems != null && maxItems < 1) {
      throw new IllegalArgumentException("--max-items must be at least 1, not " + maxItems);
    }
    ListBackupsRequest.Builder request = ListBackupsRequest.builder().tableId(tableId);
    if (since != null) {
      request.startedAfter(since);
    }
    if (until != null) {
      request.startedAtOrBefore(until);
    }
    if (type != null) {
      request.type(type.type);
    }
    if (oldestFirst) {
      request.oldestFirst();
    }
    if (maxItems != null) {
      // No larger pages than needed: --max-items 5 asks for 5 backups, not 100.
      request.pageSize(Math.min(maxItems, ListBackupsRequest.MAX_PAGE_SIZE));
    }
    return request.build();
  }

  private Stream<DynamoDbTableBackup> backups(DynamoDbBackupClient clumio, ListBackupsRequest request) {
    Stream<DynamoDbTableBackup> backups = clumio.listBackups(request).stream();
    return maxItems == null ? backups : backups.limit(maxItems);
  }

  private void print(Stream<DynamoDbTableBackup> backups) {
    switch (output) {
      case human -> {
        BackupListText text = new BackupListText(context.out(), context.clock());
        backups.forEachOrdered(text::write);
        text.finish(tableId);
      }
      case json -> context.out().println(BackupJson.toJsonArray(backups.toList()));
      case ndjson -> backups.forEachOrdered(backup -> {
        context.out().println(BackupJson.toJsonLine(backup));
        context.out().flush();
      });
    }
    context.out().flush();
  }
}
