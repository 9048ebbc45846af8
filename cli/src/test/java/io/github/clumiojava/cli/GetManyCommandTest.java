package io.github.clumiojava.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clumiojava.testkit.FakeClumio;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clumio-backup get} with several ids, run in-process. */
class GetManyCommandTest extends CliServers {
  private static CliRun getMany(String stdin, boolean errIsTerminal, String... args) {
    String[] full = new String[args.length + 3];
    full[0] = "get";
    System.arraycopy(args, 0, full, 1, args.length);
    full[args.length + 1] = "--base-url";
    full[args.length + 2] = sandbox.baseUrl();
    return CliRun.run(ENV, stdin, errIsTerminal, full);
  }

  @Test
  void severalIdsAsArgumentsPrintOneNdjsonLineEach() {
    CliRun run = getMany("", false, Sandbox.ACTIVE, Sandbox.EXPIRED, Sandbox.NEWER, "-o", "ndjson");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out().lines()).hasSize(3)
        .anySatisfy(line -> assertThat(line).contains("\"id\":\"" + Sandbox.ACTIVE + "\""))
        .anySatisfy(line -> assertThat(line).contains("\"id\":\"" + Sandbox.EXPIRED + "\""))
        .anySatisfy(line -> assertThat(line).contains("\"id\":\"" + Sandbox.NEWER + "\""));
  }

  @Test
  void idsFromAFilePrintOneHumanBlockEach(@TempDir Path dir) throws Exception {
    Path ids = Files.writeString(dir.resolve("ids.txt"), Sandbox.ACTIVE + "\n\n" + Sandbox.EXPIRED + "\n");

    CliRun run = getMany("", false, "--ids-from", ids.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Backup                " + Sandbox.ACTIVE)
        .contains("Backup                " + Sandbox.EXPIRED);
    assertThat(run.out().split(System.lineSeparator() + System.lineSeparator())).hasSize(2);
  }

  @Test
  void idsFromStandardInput() {
    CliRun run = getMany(Sandbox.ACTIVE + "\n" + Sandbox.EXPIRED + "\n", false, "--ids-from", "-", "-o", "ndjson");

    assertThat(run.status()).isZero();
    assertThat(run.out().lines()).hasSize(2);
  }

  @Test
  void aFailedIdIsReportedOnStderrAndTheOthersArePrinted() {
    CliRun run = getMany("", false, Sandbox.ACTIVE, "no-such-backup", Sandbox.EXPIRED, "-o", "ndjson");

    assertThat(run.status()).isEqualTo(ExitStatus.NOT_FOUND);
    assertThat(run.out().lines()).hasSize(2);
    assertThat(run.err()).startsWith("error: no-such-backup: ").contains("HTTP 404").contains("(HTTP status 404)")
        .doesNotContain(TOKEN);
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void failIfExpiredWithSeveralIdsExitsWithEightAndPrintsThemAll() {
    CliRun run = getMany("", false, Sandbox.ACTIVE, Sandbox.EXPIRED, "-o", "ndjson", "--fail-if-expired");

    assertThat(run.status()).isEqualTo(ExitStatus.EXPIRED);
    assertThat(run.out().lines()).hasSize(2);
  }

  @Test
  void jsonWithSeveralIdsIsAUsageErrorPointingToNdjson() {
    CliRun run = getMany("", false, Sandbox.ACTIVE, Sandbox.EXPIRED, "-o", "json");

    assertThat(run.status()).isEqualTo(ExitStatus.USAGE);
    assertThat(run.err()).contains("use -o ndjson");
    assertThat(sandbox.requests()).isEmpty();
  }

  @Test
  void anInvalidArgumentAmongSeveralIsNamedByItsPosition() {
    CliRun run = getMany("", false, Sandbox.ACTIVE, "..", "-o", "ndjson");

    assertThat(run.status()).isEqualTo(ExitStatus.USAGE);
    assertThat(run.err()).startsWith("error: argument 2: backupId must not be '..'");
    assertThat(sandbox.requests()).isEmpty();
  }

  @Test
  void anInvalidIdAmongSeveralIsAUsageErrorNamingItsLineBeforeAnyRequest() {
    CliRun run = getMany(Sandbox.ACTIVE + "\n\n" + Sandbox.EXPIRED + "\n..\n", false, "--ids-from", "-", "-o", "ndjson");

    assertThat(run.status()).isEqualTo(ExitStatus.USAGE);
    assertThat(run.err()).startsWith("error: line 4 of standard input: backupId must not be '..'")
        .doesNotContain("backupIds[");
    assertThat(run.out()).isEmpty();
    assertThat(sandbox.requests()).isEmpty();
  }

  @Test
  void idsAsArgumentsAndFromStandardInputAtOnceIsAUsageError() {
    CliRun run = getMany(Sandbox.EXPIRED, false, Sandbox.ACTIVE, "--ids-from", "-");

    assertThat(run.status()).isEqualTo(ExitStatus.USAGE);
    assertThat(run.err()).contains("not both");
  }

  @Test
  void noIdIsAUsageError() {
    CliRun run = getMany("", false);

    assertThat(run.status()).isEqualTo(ExitStatus.USAGE);
    assertThat(run.err()).contains("no backup id");
  }

  @Test
  void onATerminalAProgressLineIsShownAndRemovedAtTheEnd() {
    CliRun run = getMany("", true, Sandbox.ACTIVE, Sandbox.EXPIRED, "-o", "ndjson");

    assertThat(run.status()).isZero();
    assertThat(run.err()).contains("\r1/2 done, ").contains("\r2/2 done, ").contains("/s, ETA ")
        .endsWith("\r").doesNotContain("\n");
  }

  @Test
  void withoutATerminalNoProgressIsShown() {
    CliRun run = getMany("", false, Sandbox.ACTIVE, Sandbox.EXPIRED, "-o", "ndjson");

    assertThat(run.err()).isEmpty();
  }

  @Test
  void threeHundredIdsAtClumiosRateLimitAllArrive(@TempDir Path dir) throws Exception {
    List<String> ids = IntStream.rangeClosed(1, 300).mapToObj(i -> "b-" + i).toList();
    Path file = Files.write(dir.resolve("ids.txt"), ids);
    try (FakeClumio clumio = FakeClumio.create().start()) {
      ids.forEach(id -> clumio.addBackup(FakeClumio.sampleBackup(id).build()));
      clumio.rateLimit(100);

      CliRun run = CliRun.run(Map.of("CLUMIO_API_TOKEN", clumio.apiToken()), "", false,
          "get", "--ids-from", file.toString(), "-o", "ndjson", "--base-url", clumio.baseUrl());

      assertThat(run.err()).isEmpty();
      assertThat(run.status()).isZero();
      assertThat(run.out().lines()).hasSize(300);
      assertThat(run.out().lines().map(line -> line.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1")))
          .containsExactlyInAnyOrderElementsOf(ids);
    }
  }
}
