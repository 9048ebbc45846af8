package io.github.clumiojava.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;

/**
 * What a command reads from and writes to, so that tests can run commands in-process.
 *
 * @param environment the environment variables
 * @param clock the clock for "expires in ..." phrases and {@code --fail-if-expired}
 * @param in standard input ({@code get --ids-from -})
 * @param out standard output
 * @param err standard error
 * @param errIsTerminal whether standard error is a terminal, where a progress line may be drawn
 */
record CliContext(Map<String, String> environment, Clock clock, InputStream in, PrintWriter out, PrintWriter err,
    boolean errIsTerminal) {}
