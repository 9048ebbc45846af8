package io.github.clumiojava.apicheck;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The small consumer programs under {@code src/test/consumers}, compiled against the published
 * artifacts and run, as an application would.
 */
final class ConsumerModules {
  /** The published artifacts and their runtime dependencies, as the build resolved them. */
  static final List<Path> MODULE_PATH = readModulePath();
  private static final Path SOURCES = Path.of(System.getProperty("consumer.sources"));
  private static final Path WORK = Path.of(System.getProperty("consumer.workDir"));

  private ConsumerModules() {}

  /**
   * Compiles the consumer module in {@code src/test/consumers/<name>} on the module path.
   *
   * @param name the consumer's directory
   */
  static Javac.Compilation compile(String name) throws IOException {
    return Javac.compile(Javac.sourcesUnder(SOURCES.resolve(name)), WORK.resolve(name), "--module-path", MODULE_PATH);
  }

  /**
   * Compiles the consumer in {@code src/test/consumers/<name>} as a class path application,
   * without its module descriptor.
   *
   * @param name the consumer's directory
   * @param classPath what it is compiled against
   */
  static Javac.Compilation compileOnClassPath(String name, List<Path> classPath) throws IOException {
    List<Path> sources = Javac.sourcesUnder(SOURCES.resolve(name)).stream()
        .filter(source -> !source.endsWith("module-info.java")).toList();
    return Javac.compile(sources, WORK.resolve(name + "-classpath"), "--class-path", classPath);
  }

  /**
   * Runs a compiled consumer module's {@code consumer.Main} in a new JVM, on the module path.
   *
   * @return its output, one element per line
   */
  static List<String> run(Javac.Compilation consumer) throws IOException, InterruptedException {
    List<Path> modulePath = new ArrayList<>(MODULE_PATH);
    modulePath.add(consumer.classes());
    return Javac.runJava(output(consumer), "--module-path", Javac.joined(modulePath), "-m", "consumer/consumer.Main");
  }

  /**
   * Runs a consumer's {@code consumer.Main} in a new JVM, on the class path.
   *
   * @param classPath what it runs with, besides its own classes
   * @return its output, one element per line
   */
  static List<String> runOnClassPath(Javac.Compilation consumer, List<Path> classPath)
      throws IOException, InterruptedException {
    List<Path> path = new ArrayList<>();
    path.add(consumer.classes());
    path.addAll(classPath);
    return Javac.runJava(output(consumer), "--class-path", Javac.joined(path), "consumer.Main");
  }

  private static Path output(Javac.Compilation consumer) {
    return consumer.classes().resolveSibling(consumer.classes().getFileName() + ".out");
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
