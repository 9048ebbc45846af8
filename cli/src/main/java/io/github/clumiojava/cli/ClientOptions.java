package io.github.clumiojava.cli;

import io.github.clumiojava.ClumioRegion;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.dynamodb.DynamoDbBackupClientBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.ToIntFunction;
import picocli.CommandLine.Option;

/**
 * The options of every command that calls Clumio (a picocli mixin): where to call, how long to
 * wait, which token, the sandbox instead, and how much to say. Builds the client they describe.
 */
final class ClientOptions {
  @Option(names = "--region", paramLabel = "REGION",
      description = "Clumio region: us-west-2 (default), us-east-1, ca-central-1, eu-central-1, ap-southeast-2.")
  String region;

  @Option(names = "--base-url", paramLabel = "URL", description = "API base URL, overriding --region.")
  String baseUrl;

  @Option(names = "--org-unit", paramLabel = "ID", description = "Run the calls in this organizational unit.")
  String organizationalUnit;

  @Option(names = "--connect-timeout", paramLabel = "SECONDS", description = "Connect timeout (default 10).")
  Integer connectTimeoutSeconds;

  @Option(names = "--timeout", paramLabel = "SECONDS",
      description = "Deadline of each call (a list makes one per page), retries included (default 60).")
  Integer timeoutSeconds;

  @Option(names = "--max-attempts", paramLabel = "N", description = "Attempts per call, the first included (default 3).")
  Integer maxAttempts;

  @Option(names = "--token-file", paramLabel = "PATH",
      description = "Read the API token from this file instead of CLUMIO_API_TOKEN.")
  Path tokenFile;

  @Option(names = "--sandbox", description = "Ask an embedded fake Clumio API instead (no account needed). "
      + "Sample backup ids: " + Sandbox.ACTIVE + ", " + Sandbox.EXPIRED + ", " + Sandbox.NEWER
      + "; sample table id (" + Sandbox.TABLE_BACKUPS + " backups): " + Sandbox.TABLE_ID + ".")
  boolean sandbox;

  @Option(names = {"-v", "--verbose"}, description = "Show retries as they happen, and stack traces, on stderr.")
  boolean verbose;

  /**
   * Builds the client these options describe (against a sandbox started for the purpose, with
   * {@code --sandbox}), runs a command's work with it, and closes both.
   *
   * @param context where the token comes from; the clock of the client (what has expired) and of
   *     the sandbox; where retries are shown
   * @param work the command's work; returns the exit status
   * @return what {@code work} returned
   * @throws IOException if {@code --token-file} cannot be read
   * @throws IllegalArgumentException for an option the client cannot use (a usage error)
   */
  int run(CliContext context, ToIntFunction<DynamoDbBackupClient> work) throws IOException {
    if (sandbox) {
      try (Sandbox fake = Sandbox.start(0, context.clock())) {
        return run(context, builder(context).baseUrl(fake.baseUrl()).apiToken(Sandbox.TOKEN), work);
      }
    }
    DynamoDbBackupClientBuilder builder = builder(context);
    if (baseUrl != null) {
      builder.baseUrl(baseUrl);
    } else if (region != null) {
      builder.region(region(region));
    }
    return run(context, builder.apiToken(token(context)), work);
  }

  private int run(CliContext context, DynamoDbBackupClientBuilder builder, ToIntFunction<DynamoDbBackupClient> work) {
    try (DynamoDbBackupClient client = builder.build()) {
      if (verbose) {
        client.retry().getEventPublisher().onRetry(event -> context.err().printf(
            "retry %d after %s; waiting %d ms%n", event.getNumberOfRetryAttempts(),
            event.getLastThrowable().getMessage(), event.getWaitInterval().toMillis()));
      }
      return work.applyAsInt(client);
    }
  }

  private DynamoDbBackupClientBuilder builder(CliContext context) {
    // The tool's clock also decides what has expired, for latest as for the output.
    DynamoDbBackupClientBuilder builder = DynamoDbBackupClient.builder().clock(context.clock());
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

  private String token(CliContext context) throws IOException {
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
