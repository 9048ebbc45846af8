package io.github.clumiojava.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code clumio-backup latest}, run in-process against the sandbox and against a stub server. */
class LatestCommandTest extends CliServers {
  /** The sandbox table's newest backup that has not expired; the newer 251 has. */
  private static final String LATEST = "sandbox-invoices-250";

  private static CliRun inSandbox(String... args) {
    String[] full = new String[args.length + 2];
    System.arraycopy(args, 0, full, 0, args.length);
    full[args.length] = "--base-url";
    full[args.length + 1] = sandbox.baseUrl();
    return CliRun.run(ENV, full);
  }

  @Test
  void printsTheLatestRestorableBackupAsGetPrintsIt() {
    CliRun latest = inSandbox("latest", "--table-id", Sandbox.TABLE_ID);
    CliRun get = inSandbox("get", LATEST);

    assertThat(latest.status()).isZero();
    assertThat(latest.err()).isEmpty();
    assertThat(latest.out()).contains("Backup                " + LATEST + " (clumio_backup)").isEqualTo(get.out());
  }

  @Test
  void skipsANewerBackupThatHasAlreadyExpired() {
    CliRun list = inSandbox("list", "--table-id", Sandbox.TABLE_ID, "--max-items", "1");

    CliRun latest = inSandbox("latest", "--table-id", Sandbox.TABLE_ID);

    assertThat(list.out()).contains("sandbox-invoices-251").contains("expired");
    assertThat(latest.out()).doesNotContain("sandbox-invoices-251");
  }

  @Test
  void jsonOutputIsWhatGetPrintsAsJson() {
    CliRun latest = inSandbox("latest", "--table-id", Sandbox.TABLE_ID, "-o", "json");
    CliRun get = inSandbox("get", LATEST, "-o", "json");

    assertThat(latest.status()).isZero();
    assertThat(latest.out()).isEqualTo(get.out());
    assertThat(JsonParser.parseString(latest.out()).getAsJsonObject().get("id").getAsString()).isEqualTo(LATEST);
  }

  @Test
  void fetchesOnePageOfTwentyWhenItHoldsTheAnswer() {
    inSandbox("latest", "--table-id", Sandbox.TABLE_ID);

    assertThat(sandbox.requests()).singleElement().satisfies(request -> {
      assertThat(request.queryParameter("limit").orElseThrow()).isEqualTo("20");
      assertThat(ListCommandTest.filter(request).get("table_id").toString()).isEqualTo("{\"$eq\":\"sandbox-invoices\"}");
    });
  }

  @Test
  void aTableWithoutBackupsExitsWithThreeAndSaysSoOnStderr() {
    CliRun run = inSandbox("latest", "--table-id", "no-such-table");

    assertThat(run.status()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("error: table no-such-table has no backup that can be restored "
        + "(no backups, or all of them have expired)" + System.lineSeparator());
  }

  @Test
  void aTableWhoseBackupsHaveAllExpiredExitsWithThree() {
    Instant now = Instant.now();
    stubAnswer(LIST_PATH, 200, MEDIA_TYPE, "{\"_embedded\":{\"items\":[{\"id\":\"b-1\",\"start_timestamp\":\""
        + now.minus(Duration.ofDays(40)) + "\",\"expiration_timestamp\":\"" + now.minus(Duration.ofDays(5)) + "\"}]},"
        + "\"_links\":{}}");

    CliRun run = CliRun.run(ENV, "latest", "--table-id", "t-1", "--base-url", stub.baseUrl(), "--max-attempts", "1");

    assertThat(run.status()).isEqualTo(3);
    assertThat(run.err()).contains("no backup that can be restored");
  }

  @Test
  void theTableIdIsRequired() {
    CliRun run = CliRun.run(ENV, "latest", "--sandbox");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--table-id");
  }

  @Test
  void latestHelpListsEveryOptionAndTheExitStatuses() {
    CliRun run = CliRun.run(Map.of(), "latest", "--help");

    assertThat(run.out()).contains("--table-id", "--output", "--region", "--base-url", "--org-unit",
        "--connect-timeout", "--timeout", "--max-attempts", "--token-file", "--sandbox", "--verbose", "Exit status:",
        "latest found no");
  }
}
