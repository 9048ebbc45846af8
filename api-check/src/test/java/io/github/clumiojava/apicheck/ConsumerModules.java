package io.github.clumiojava.apicheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

/**
 * Compiles and runs small consumer modules (under {@code src/test/consumers}) against the
 * published artifacts on the module path, as an application that uses modules would.
 */
final class ConsumerModules {
  /** The published artifacts and their runtime dependencies, as the build resolved them. */
  static final List<Path> MODULE_PATH = readModulePath();
  private static final Path SOURCES = Path.of(System.getProperty("consumer.sources"));
  private static final Path WORK = Path.of(System.getProperty("consumer.workDir"));

  /** What compiling one consumer module gave. */
  record Compilation(Path classes, boolean succeeded, List<String> errors) {}

  private ConsumerModules() {}

  /**
   * Compiles the consumer in {@code src/test/consumers/<name>} on the module path.
   *
   * @param name the consumer's directory
   * @return where its classes went, and the compiler's errors
   */
  static Compilation compile(String name) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Path classes = WORK.resolve(name);
    Files.createDirectories(classes);
    List<Path> sources;
    try (Stream<Path> files = Files.walk(SOURCES.resolve(name))) {
      sources = files.filter(f -> f.toString().endsWith(".java")).toList();
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      // Not the class path of this test's JVM, which javac would otherwise default to: the
      // consumer sees the module path only.
      files.setLocationFromPaths(StandardLocation.CLASS_PATH, List.of());
      List<String> options = List.of("--release", "17", "-proc:none", "-d", classes.toString(),
          "--module-path", joined(MODULE_PATH));
      boolean succeeded = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromPaths(sources)).call();
      List<String> errors = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() == Diagnostic.Kind.ERROR) {
          errors.add(d.getMessage(Locale.ROOT));
        }
      }
      return new Compilation(classes, succeeded, errors);
    }
  }

  /**
   * Runs a compiled consumer module's {@code consumer.Main} in a new JVM, on the module path.
   *
   * @return its standard output, one element per line
   */
  static List<String> run(Compilation consumer) throws IOException, InterruptedException {
    List<Path> modulePath = new ArrayList<>(MODULE_PATH);
    modulePath.add(consumer.classes());
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path out = consumer.classes().resolveSibling(consumer.classes().getFileName() + ".out");
    Process process = new ProcessBuilder(java.toString(), "--module-path", joined(modulePath),
        "-m", "consumer/consumer.Main")
        .redirectErrorStream(true)
        .redirectOutput(out.toFile())
        .start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the consumer did not finish within 2 minutes; output so far:\n" + Files.readString(out));
    }
    List<String> lines = Files.readAllLines(out);
    assertThat(process.exitValue()).as("exit status; output:%n%s", String.join("\n", lines)).isZero();
    return lines;
  }

  private static String joined(List<Path> paths) {
    return String.join(File.pathSeparator, paths.stream().map(Path::toString).toList());
  }

  private static List<Path> readModulePath() {
    try {
      String text = Files.readString(Path.of(System.getProperty("consumer.modulePath"))).strip();
      return Stream.of(text.split(File.pathSeparator)).map(Path::of).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
