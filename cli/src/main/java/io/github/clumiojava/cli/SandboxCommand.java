package io.github.clumiojava.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code clumio-backup sandbox}: runs the fake Clumio API in the foreground until interrupted. */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
    description = {"Runs a fake Clumio API on a loopback port until interrupted.",
        "For trying the library, this tool or curl by hand; stop it with Ctrl-C. Any bearer token is accepted."})
final class SandboxCommand implements Callable<Integer> {
  private final CliContext context;
  private final CountDownLatch stop;

  @Option(names = "--port", paramLabel = "N", defaultValue = "0",
      description = "The loopback port to listen on (default: a free one).")
  int port;

  SandboxCommand(CliContext context, CountDownLatch stop) {
    this.context = context;
    this.stop = stop;
  }

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("--port must be between 0 and 65535, not " + port);
    }
    try (Sandbox sandbox = Sandbox.start(port, context.clock())) {
      Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "sandbox-shutdown"));
      context.out().printf("Fake Clumio API listening on %s%n", sandbox.baseUrl());
      context.out().printf("Sample backup ids: %s (any other id: 404)%n", String.join(", ", Sandbox.SAMPLE_IDS));
      context.out().printf("Sample table id: %s (%d backups, ids %s-001 to -%d)%n",
          Sandbox.TABLE_ID, Sandbox.TABLE_BACKUPS, Sandbox.TABLE_ID, Sandbox.TABLE_BACKUPS);
      context.out().printf("Try: curl -H 'Authorization: Bearer x' %s/backups/aws/dynamodb-tables/%s%n",
          sandbox.baseUrl(), Sandbox.ACTIVE);
      context.out().printf("  or: curl -G -H 'Authorization: Bearer x' -d limit=5 --data-urlencode "
          + "'filter={\"table_id\":{\"$eq\":\"%s\"}}' %s/backups/aws/dynamodb-tables%n", Sandbox.TABLE_ID, sandbox.baseUrl());
      context.out().printf("  or: CLUMIO_API_TOKEN=x java -jar clumio-backup.jar get %s --base-url %s%n",
          Sandbox.ACTIVE, sandbox.baseUrl());
      context.out().printf("  or: CLUMIO_API_TOKEN=x java -jar clumio-backup.jar list --table-id %s --base-url %s%n",
          Sandbox.TABLE_ID, sandbox.baseUrl());
      context.out().println("Press Ctrl-C to stop.");
      context.out().flush();
      stop.await();
    }
    return ExitStatus.OK;
  }
}
