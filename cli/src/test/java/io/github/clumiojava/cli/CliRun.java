package io.github.clumiojava.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
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
  /** Runs the tool with nothing on standard input, and standard error not a terminal. */
  static CliRun run(Map<String, String> environment, String... args) {
    return run(environment, "", false, args);
  }

  /**
   * Runs the tool.
   *
   * @param environment the environment variables
   * @param stdin what standard input holds
   * @param errIsTerminal whether the tool is told that standard error is a terminal
   * @param args the command line
   */
  static CliRun run(Map<String, String> environment, String stdin, boolean errIsTerminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliContext context = new CliContext(environment, Clock.systemUTC(),
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out), new PrintWriter(err),
        errIsTerminal);
    int status = ClumioBackupCli.run(args, context, new CountDownLatch(1));
    return new CliRun(status, out.toString(), err.toString());
  }
}
