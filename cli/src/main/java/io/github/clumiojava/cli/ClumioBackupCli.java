package io.github.clumiojava.cli;

import io.github.clumiojava.ClumioApiException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code clumio-backup}: the library from a terminal. Exit statuses are in {@link ExitStatus}.
 * Errors go to stderr in one or two plain lines; a stack trace only with {@code --verbose}.
 */
@Command(name = "clumio-backup", mixinStandardHelpOptions = true, versionProvider = ClumioBackupCli.Version.class,
    description = {"Reads Clumio backups of DynamoDB tables: what is in a backup, and can it still be restored?",
        "Lists a table's backups and finds the newest one that can be restored."})
public final class ClumioBackupCli {
  private ClumioBackupCli() {}

  /**
   * Runs the tool and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, new CliContext(System.getenv(), Clock.systemUTC(), System.in, out, err,
        Terminal.stderrIsTerminal()), new CountDownLatch(1)));
  }

  /**
   * Runs the tool in-process.
   *
   * @param args the command line
   * @param context environment, clock and output streams
   * @param sandboxStop counted down to stop a running {@code sandbox} command
   * @return the exit status
   */
  static int run(String[] args, CliContext context, CountDownLatch sandboxStop) {
    CommandLine cli = new CommandLine(new ClumioBackupCli())
        .addSubcommand(new GetCommand(context))
        .addSubcommand(new ListCommand(context))
        .addSubcommand(new LatestCommand(context))
        .addSubcommand(new SandboxCommand(context, sandboxStop));
    cli.setOut(context.out()).setErr(context.err());
    for (CommandLine command : List.of(cli, cli.getSubcommands().get("get"), cli.getSubcommands().get("list"),
        cli.getSubcommands().get("latest"))) {
      command.getCommandSpec().usageMessage().exitCodeListHeading("%nExit status:%n").exitCodeList(ExitStatus.help());
    }
    cli.setParameterExceptionHandler((problem, args1) -> {
      context.err().println("error: " + usageProblem(problem));
      context.err().println("See '" + problem.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      context.err().flush();
      return ExitStatus.USAGE;
    });
    cli.setExecutionExceptionHandler((failure, commandLine, parseResult) -> {
      boolean verbose = parseResult.subcommand() != null
          && parseResult.subcommand().hasMatchedOption("--verbose");
      context.err().println("error: " + describe(failure, System.lineSeparator()));
      if (verbose) {
        failure.printStackTrace(context.err());
      }
      context.err().flush();
      return ExitStatus.of(failure);
    });
    int status = cli.execute(args);
    context.out().flush();
    context.err().flush();
    return status;
  }

  /**
   * Describes a command-line mistake. Unknown arguments are named only when they look like
   * options: a stray value (such as a token after a made-up {@code --token}) is never echoed.
   */
  private static String usageProblem(CommandLine.ParameterException problem) {
    if (problem instanceof CommandLine.UnmatchedArgumentException unmatched) {
      List<String> options = unmatched.getUnmatched().stream().filter(arg -> arg.startsWith("-")).toList();
      String suggestions = unmatched.getSuggestions().isEmpty() ? ""
          : "; did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?";
      return options.isEmpty() ? "unexpected argument" + suggestions
          : "unknown option " + String.join(", ", options) + suggestions;
    }
    return problem.getMessage();
  }

  /**
   * Describes a failure in plain words, without a stack trace; never the token (the library's
   * messages do not hold it).
   *
   * @param failure what failed
   * @param beforeStatus what separates the message from "(HTTP status N)", where there is one:
   *     a line separator, or a space to keep it on one line
   * @return the description
   */
  static String describe(Throwable failure, String beforeStatus) {
    if (failure instanceof ClumioApiException api) {
      return api.getMessage() + beforeStatus + "(HTTP status " + api.statusCode() + ")";
    }
    return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
  }

  /** The tool's version, from the build, for {@code --version}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties build = new Properties();
      try (InputStream in = ClumioBackupCli.class.getResourceAsStream("clumio-backup.properties")) {
        build.load(in);
      }
      return new String[] {"clumio-backup " + build.getProperty("version"), "Java " + System.getProperty("java.version")};
    }
  }
}
