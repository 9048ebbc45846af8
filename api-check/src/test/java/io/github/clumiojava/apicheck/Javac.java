package io.github.clumiojava.apicheck;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/** Compiles Java sources and runs the result in a new JVM, for the checks of this module. */
final class Javac {
  /** What one compilation gave. */
  record Compilation(Path classes, boolean succeeded, List<String> errors) {}

  private Javac() {}

  /**
   * Compiles sources for Java 17.
   *
   * @param sources the source files
   * @param classes where the class files go
   * @param pathOption {@code --module-path} or {@code --class-path}
   * @param path the module path or class path; the test JVM's own class path is never used
   * @return the outcome, with the compiler's error messages
   */
  static Compilation compile(Collection<Path> sources, Path classes, String pathOption, List<Path> path)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Files.createDirectories(classes);
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      // Without this, javac would fall back to this JVM's class path for what the options leave out.
      files.setLocationFromPaths(StandardLocation.CLASS_PATH, List.of());
      List<String> options = List.of("--release", "17", "-proc:none", "-nowarn", "-d", classes.toString(),
          pathOption, joined(path));
      boolean succeeded = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromPaths(sources)).call();
      List<String> errors = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() == Diagnostic.Kind.ERROR) {
          errors.add(d.getSource() == null ? d.getMessage(Locale.ROOT)
              : d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
        }
      }
      return new Compilation(classes, succeeded, errors);
    }
  }

  /** Every {@code .java} file under the given directories. */
  static List<Path> sourcesUnder(Path... directories) throws IOException {
    List<Path> sources = new ArrayList<>();
    for (Path directory : directories) {
      try (Stream<Path> files = Files.walk(directory)) {
        files.filter(f -> f.toString().endsWith(".java")).forEach(sources::add);
      }
    }
    return sources;
  }

  /**
   * Runs {@code java} with the given arguments in a new JVM and waits for it, two minutes at most.
   *
   * @param output the file that receives its standard output and error
   * @return its output, one element per line
   * @throws AssertionError if it does not finish in time or exits with another status than 0
   */
  static List<String> runJava(Path output, String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("java did not finish within 2 minutes; output so far:\n" + Files.readString(output));
    }
    List<String> lines = Files.readAllLines(output);
    if (process.exitValue() != 0) {
      throw new AssertionError("java exited with " + process.exitValue() + "; output:\n" + String.join("\n", lines));
    }
    return lines;
  }

  static String joined(List<Path> paths) {
    return String.join(File.pathSeparator, paths.stream().map(Path::toString).toList());
  }
}
