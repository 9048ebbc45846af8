package io.github.clumiojava.cli;

import io.github.clumiojava.ClumioRegion;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.dynamodb.DynamoDbBackupClientBuilder;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code clumio-backup get <backup-id>}: what is in a backup, and can it still be restored. */
@Command(name = "get", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Shows what a DynamoDB table backup holds and whether it can still be restored.",
        "The token comes from the environment variable CLUMIO_API_TOKEN or --token-file."})
final class GetCommand implements Callable<Integer> {
  enum Output { human, json }

  private final CliContext context;

  @Parameters(index = "0", paramLabel = "<backup-id>", description = "The Clumio id of the backup.")
  String backupId;

  @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "human",
      description = "human (default) or json (the API's field names, dates in RFC 3339).")
  Output output;

  @Option(names = "--fail-if-expired", description = "Exit with status 8 if the backup has expired.")
  boolean failIfExpired;

  @Option(names = "--region", paramLabel = "REGION",
      description = "Clumio region: us-west-2 (default), us-east-1, ca-central-1, eu-central-1, ap-southeast-2.")
  String region;

  @Option(names = "--base-url", paramLabel = "URL", description = "API base URL, overriding --region.")
  String baseUrl;

  @Option(names = "--org-unit", paramLabel = "ID", description = "Run the call in this organizational unit.")
  String organizationalUnit;

  @Option(names = "--connect-timeout", paramLabel = "SECONDS", description = "Connect timeout (default 10).")
  Integer connectTimeoutSeconds;

  @Option(names = "--timeout", paramLabel = "SECONDS",
      description = "Deadline of the whole call, retries included (default 60).")
  Integer timeoutSeconds;

  @Option(names = "--max-attempts", paramLabel = "N", description = "Attempts per call, the first included (default 3).")
  Integer maxAttempts;

  @Option(names = "--token-file", paramLabel = "PATH",
      description = "Read the API token from this file instead of CLUMIO_API_TOKEN.")
  Path tokenFile;

  @Option(names = "--sandbox", description = "Ask an embedded fake Clumio API instead (no account needed). Sample ids: "
      + Sandbox.ACTIVE + ", " + Sandbox.EXPIRED + ", " + Sandbox.NEWER + ".")
  boolean sandbox;

  @Option(names = {"-v", "--verbose"}, description = "Show retries as they happen, and stack traces, on stderr.")
  boolean verbose;

  GetCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    if (sandbox) {
      try (Sandbox fake = Sandbox.start(0)) {
        return fetchAndPrint(builder().baseUrl(fake.baseUrl()).apiToken(Sandbox.TOKEN));
      }
    }
    DynamoDbBackupClientBuilder builder = builder();
    if (baseUrl != null) {
      builder.baseUrl(baseUrl);
    } else if (region != null) {
      builder.region(region(region));
    }
    return fetchAndPrint(builder.apiToken(token()));
  }

  private DynamoDbBackupClientBuilder builder() {
    DynamoDbBackupClientBuilder builder = DynamoDbBackupClient.builder();
    if (organizationalUnit != null) {
      builder.organizationalUnit(organizationalUnit);
    }
    if (connectTimeoutSeconds != null) {
      builder.connectTimeout(seconds("--connect-timeout", connectTimeoutSeconds));
    }
    if (timeoutSeconds != null) {
      builder.callTimeout(seconds("--timeout", timeoutSeconds));
    }
    if (maxAttempts != null) {
      builder.maxAttempts(maxAttempts);
    }
    return builder;
  }

  private int fetchAndPrint(DynamoDbBackupClientBuilder builder) {
    try (DynamoDbBackupClient client = builder.build()) {
      if (verbose) {
        client.retry().getEventPublisher().onRetry(event -> context.err().printf(
            "retry %d after %s; waiting %d ms%n", event.getNumberOfRetryAttempts(),
            event.getLastThrowable().getMessage(), event.getWaitInterval().toMillis()));
      }
      DynamoDbTableBackup backup = client.getBackup(backupId);
      context.out().print(output == Output.json
          ? BackupJson.toJson(backup) + System.lineSeparator()
          : BackupText.toText(backup, context.clock()));
      context.out().flush();
      return failIfExpired && backup.isExpired(context.clock()) ? ExitStatus.EXPIRED : ExitStatus.OK;
    }
  }

  private String token() throws IOException {
    if (tokenFile != null) {
      if (!Files.isReadable(tokenFile)) {
        throw new IllegalArgumentException("--token-file " + tokenFile + " is not a readable file");
      }
      return Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
    }
    String token = context.environment().get("CLUMIO_API_TOKEN");
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException(
          "no API token: set the environment variable CLUMIO_API_TOKEN or pass --token-file PATH");
    }
    return token;
  }

  private static ClumioRegion region(String id) {
    for (ClumioRegion region : ClumioRegion.values()) {
      if (region.id().equalsIgnoreCase(id)) {
        return region;
      }
    }
    throw new IllegalArgumentException("unknown --region '" + id + "'; use one of us-west-2, us-east-1, "
        + "ca-central-1, eu-central-1, ap-southeast-2");
  }

  private static Duration seconds(String option, int seconds) {
    if (seconds < 1) {
      throw new IllegalArgumentException(option + " must be at least 1 second, not " + seconds);
    }
    return Duration.ofSeconds(seconds);
  }
}
