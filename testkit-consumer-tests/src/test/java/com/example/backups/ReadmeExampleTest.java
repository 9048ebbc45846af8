package com.example.backups;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's test kit example is {@link BackupCheckTest}, verbatim: compiled and run here. */
class ReadmeExampleTest {
  private static final String MARKER = "readme-testkit";

  @Test
  void theReadmeShowsTheExampleTestVerbatim() throws IOException {
    String source = Files.readString(Path.of("src/test/java/com/example/backups/BackupCheckTest.java"),
        StandardCharsets.UTF_8);
    Matcher example = Pattern.compile("// " + MARKER + ":begin\n(.*?)\n// " + MARKER + ":end", Pattern.DOTALL)
        .matcher(source);
    assertTrue(example.find(), "the markers in BackupCheckTest.java");
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);

    assertTrue(readme.contains("```java\n" + example.group(1) + "\n```"),
        "README.md shows BackupCheckTest.java between the markers, verbatim, in a java code block");
  }
}
