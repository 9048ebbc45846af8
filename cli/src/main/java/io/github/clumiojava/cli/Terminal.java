package io.github.clumiojava.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether this process's standard error is a terminal, where a progress line makes sense. */
final class Terminal {
  private static final Path STDERR_LINK = Path.of("/proc/self/fd/2");

  private Terminal() {}

  /**
   * Tells whether standard error is a terminal. On Linux it asks what file descriptor 2 is; on
   * other systems Java can only tell whether the process has a console (standard input and
   * output both on a terminal), which is taken as the answer.
   *
   * @return true if a person is likely watching standard error
   */
  static boolean stderrIsTerminal() {
    if (Files.isSymbolicLink(STDERR_LINK)) {
      try {
        String target = Files.readSymbolicLink(STDERR_LINK).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | SecurityException e) {
        return false;
      }
    }
    return hasInteractiveConsole();
  }

  private static boolean hasInteractiveConsole() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      // Java 22 and later return a console even when redirected, and say by isTerminal().
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException before22) {
      return true;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }
}
