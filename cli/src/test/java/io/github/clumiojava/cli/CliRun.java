package io.github.clumiojava.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The outcome of running the tool in-process.
 *
 * @param status the exit status
 * @param out what it wrote to stdout
 * @param err what it wrote to stderr
 */
record CliRun(int status, String out, String err) {
  static CliRun run(Map<String, String> environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = ClumioBackupCli.run(args,
        new CliContext(environment, Clock.systemUTC(), new PrintWriter(out), new PrintWriter(err)), new CountDownLatch(1));
    return new CliRun(status, out.toString(), err.toString());
  }
}
