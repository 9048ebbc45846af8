package io.github.clumiojava.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;

/**
 * What a command reads from and writes to, so that tests can run commands in-process.
 *
 * @param environment the environment variables
 * @param clock the clock for "expires in ..." phrases and {@code --fail-if-expired}
 * @param out standard output
 * @param err standard error
 */
record CliContext(Map<String, String> environment, Clock clock, PrintWriter out, PrintWriter err) {}
