package io.github.clumiojava.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The packaged tool, run as {@code java -jar cli/target/clumio-backup.jar} in a real process. */
class JarIT {
  private static final Path JAR = Path.of(System.getProperty("cli.jar", "target/clumio-backup.jar"));

  /** The outcome of one run of the jar. */
  record Run(int status, String out, String err) {}

  private static Run java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("CLUMIO_API_TOKEN");
    Path out = Files.createTempFile("cli-out", ".txt");
    Path err = Files.createTempFile("cli-err", ".txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the tool ends within a minute").isTrue();
    return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  @Test
  void helpListsTheCommands() throws Exception {
    Run run = java("--help");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("get ").contains("list ").contains("latest ").contains("sandbox ")
        .contains("Exit status:");
  }

  @Test
  void getInTheSandboxPrintsTheBackupQuietly() throws Exception {
    Run run = java("get", "sandbox-orders-active", "--sandbox");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Table                 orders").contains("(in 12 days)");
    assertThat(run.err()).as("one logging binding, quiet by default").isEmpty();
  }

  @Test
  void severalIdsInTheSandboxPrintALineEachAndNoProgressWhenStderrIsAFile() throws Exception {
    Run run = java("get", "sandbox-orders-active", "sandbox-sessions-expired", "-o", "ndjson", "--sandbox");

    assertThat(run.status()).isZero();
    assertThat(run.out().lines()).hasSize(2);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void anUnknownIdInTheSandboxExitsWithThree() throws Exception {
    Run run = java("get", "no-such-backup", "--sandbox");

    assertThat(run.status()).isEqualTo(3);
    assertThat(run.err()).startsWith("error: ").contains("HTTP status 404").doesNotContain("\tat ");
  }

  @Test
  void listInTheSandboxPrintsAllThreePagesOfItsTable() throws Exception {
    Run run = java("list", "--table-id", "sandbox-invoices", "--sandbox");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    // 251 backups cannot come in fewer than three pages: a page holds at most 100.
    assertThat(run.out().lines()).hasSize(1 + 251).first().asString().startsWith("Backup ");
    assertThat(run.out()).containsPattern("sandbox-invoices-251 .* expired ")
        .contains("sandbox-invoices-001 ");
  }

  @Test
  void latestInTheSandboxPrintsTheNewestRestorableBackup() throws Exception {
    Run run = java("latest", "--table-id", "sandbox-invoices", "--sandbox");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("Backup                sandbox-invoices-250 (clumio_backup)")
        .containsPattern("Expires +\\S+ \\(in 45 days\\)");
  }

  @Test
  void latestOfATableWithoutBackupsInTheSandboxExitsWithThree() throws Exception {
    Run run = java("latest", "--table-id", "no-such-table", "--sandbox");

    assertThat(run.status()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("table no-such-table has no backup that can be restored");
  }

  @Test
  void aMissingTokenExitsWithTwo() throws Exception {
    Run run = java("get", "b-1");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("CLUMIO_API_TOKEN");
  }

  @Test
  void versionNamesTheTool() throws Exception {
    assertThat(java("--version").out()).startsWith("clumio-backup ");
  }

  @Test
  void theSandboxCommandServesTheFakeApiUntilStopped() throws Exception {
    Process process = new ProcessBuilder(javaBinary(), "-jar", JAR.toString(), "sandbox").start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine();
      Matcher url = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)").matcher(first == null ? "" : first);
      assertThat(url.find()).as("first line: %s", first).isTrue();

      HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create(url.group(1) + "/backups/aws/dynamodb-tables/sandbox-sessions-expired"))
          .header("Authorization", "Bearer anything").build(), HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).contains("\"table_name\":\"sessions\"");
    } finally {
      process.destroy();
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stops when interrupted").isTrue();
    }
  }
}
