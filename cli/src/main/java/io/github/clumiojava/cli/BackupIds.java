package io.github.clumiojava.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The backup ids {@code get} reads: its arguments, or the lines of {@code --ids-from FILE}
 * ({@code -} for standard input), one id per line, surrounding blanks stripped and blank lines
 * ignored. The ids themselves are checked by the library, before any request is sent.
 */
final class BackupIds {
  /** The {@code --ids-from} value that means standard input. */
  static final String STDIN = "-";

  private final List<String> ids;
  private final List<Integer> lines;
  private final String source;

  private BackupIds(List<String> ids, List<Integer> lines, String source) {
    this.ids = List.copyOf(ids);
    this.lines = List.copyOf(lines);
    this.source = source;
  }

  /** The ids, in the order given. */
  List<String> ids() {
    return ids;
  }

  /**
   * Where the id at {@code index} of {@link #ids()} came from, as a user finds it: {@code
   * argument 2}, or {@code line 7 of --ids-from ids.txt} (blank lines counted).
   */
  String placeOf(int index) {
    return lines.isEmpty() ? "argument " + (index + 1) : "line " + lines.get(index) + " of " + source;
  }

  /**
   * Returns the ids to read, in the order given.
   *
   * @param arguments the ids given as arguments; empty when {@code idsFrom} is used
   * @param idsFrom the value of {@code --ids-from}, or null
   * @param stdin standard input, read to its end for {@code --ids-from -}
   * @return at least one id, and where each came from
   * @throws IllegalArgumentException (a usage error) for ids both as arguments and with {@code
   *     --ids-from}, none at all, a file that cannot be read, or input that is not UTF-8
   * @throws IOException if reading fails midway
   */
  static BackupIds read(List<String> arguments, String idsFrom, InputStream stdin) throws IOException {
    if (idsFrom == null) {
      if (arguments.isEmpty()) {
        throw new IllegalArgumentException("no backup id: give one or more as arguments, or --ids-from FILE "
            + "(" + STDIN + " for standard input)");
      }
      return new BackupIds(arguments, List.of(), "arguments");
    }
    if (!arguments.isEmpty()) {
      throw new IllegalArgumentException("give backup ids as arguments or with --ids-from, not both");
    }
    String source = STDIN.equals(idsFrom) ? "standard input" : "--ids-from " + idsFrom;
    BackupIds ids;
    try {
      ids = lines(STDIN.equals(idsFrom) ? new BufferedReader(new InputStreamReader(stdin,
          StandardCharsets.UTF_8.newDecoder())) : file(Path.of(idsFrom)), source);
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(source + " is not UTF-8 text", e);
    }
    if (ids.ids.isEmpty()) {
      throw new IllegalArgumentException(source + " holds no backup id (one per line)");
    }
    return ids;
  }

  private static BufferedReader file(Path file) throws IOException {
    if (Files.isDirectory(file) || !Files.isReadable(file)) {
      throw new IllegalArgumentException("--ids-from " + file + " is not a readable file");
    }
    return Files.newBufferedReader(file, StandardCharsets.UTF_8);
  }

  /** The non-blank lines, stripped, with their line numbers; closes the reader. */
  private static BackupIds lines(BufferedReader reader, String source) throws IOException {
    try (reader) {
      List<String> ids = new ArrayList<>();
      List<Integer> numbers = new ArrayList<>();
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        String id = line.strip();
        if (!id.isEmpty()) {
          ids.add(id);
          numbers.add(number);
        }
      }
      return new BackupIds(ids, numbers, source);
    }
  }
}
