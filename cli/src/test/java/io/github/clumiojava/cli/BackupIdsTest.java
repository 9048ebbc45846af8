package io.github.clumiojava.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupIdsTest {
  private static final InputStream NO_INPUT = InputStream.nullInputStream();

  private static InputStream stdin(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void idsGivenAsArgumentsAreReadInTheirOrder() throws Exception {
    assertThat(BackupIds.read(List.of("b-2", "b-1", "b-3"), null, NO_INPUT).ids()).containsExactly("b-2", "b-1", "b-3");
  }

  @Test
  void aFileHoldsOneIdPerLine(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("ids.txt"), "b-1\nb-2\nb-3\n");

    assertThat(BackupIds.read(List.of(), file.toString(), NO_INPUT).ids()).containsExactly("b-1", "b-2", "b-3");
  }

  @Test
  void aDashReadsStandardInput() throws Exception {
    assertThat(BackupIds.read(List.of(), "-", stdin("b-1\nb-2")).ids()).containsExactly("b-1", "b-2");
  }

  @Test
  void blankLinesAreIgnoredAndSurroundingBlanksAndCarriageReturnsStripped() throws Exception {
    assertThat(BackupIds.read(List.of(), "-", stdin("\n  b-1 \r\n\r\n\t\nb-2\r\n   \n")).ids())
        .containsExactly("b-1", "b-2");
  }

  @Test
  void noIdAtAllIsAUsageErrorSayingHowToGiveThem() {
    assertThatThrownBy(() -> BackupIds.read(List.of(), null, NO_INPUT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--ids-from");
  }

  @Test
  void idsAsArgumentsAndFromAFileAtOnceAreAUsageError() {
    assertThatThrownBy(() -> BackupIds.read(List.of("b-1"), "-", stdin("b-2")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("give backup ids as arguments or with --ids-from, not both");
  }

  @Test
  void inputWithOnlyBlankLinesIsAUsageErrorNamingIt() {
    assertThatThrownBy(() -> BackupIds.read(List.of(), "-", stdin("\n \n")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("standard input holds no backup id (one per line)");
  }

  @Test
  void aMissingFileIsAUsageErrorNamingIt(@TempDir Path dir) {
    Path missing = dir.resolve("missing.txt");

    assertThatThrownBy(() -> BackupIds.read(List.of(), missing.toString(), NO_INPUT))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("--ids-from " + missing + " is not a readable file");
  }

  @Test
  void aDirectoryIsNotAFileOfIds(@TempDir Path dir) {
    assertThatThrownBy(() -> BackupIds.read(List.of(), dir.toString(), NO_INPUT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a readable file");
  }

  @Test
  void inputThatIsNotUtf8IsAUsageError() {
    InputStream latin1 = new ByteArrayInputStream(new byte[] {'b', '-', (byte) 0xE9, '\n'});

    assertThatThrownBy(() -> BackupIds.read(List.of(), "-", latin1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("standard input is not UTF-8 text");
  }
}
