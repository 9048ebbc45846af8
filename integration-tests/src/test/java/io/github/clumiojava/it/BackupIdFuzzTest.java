package io.github.clumiojava.it;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * For any string, {@code getBackup} either refuses it with IllegalArgumentException or
 * NullPointerException before any request, or sends exactly one request whose path has exactly
 * one segment after {@code /backups/aws/dynamodb-tables/}, which decodes back to the string. A
 * coverage-guided fuzz test (Jazzer): {@code ./mvnw verify} replays its committed inputs, in
 * {@code src/test/resources/io/github/clumiojava/it/BackupIdFuzzTestInputs/<method>/}; the
 * README's "Fuzzing" section says how to fuzz it for a while.
 */
class BackupIdFuzzTest {
  private static final String PREFIX = "/backups/aws/dynamodb-tables/";
  /** Longer than any id the client accepts, so that the fuzzer meets the length limit. */
  private static final int MAX_ID_LENGTH = 400;
  private static OneAnswerServer stub;

  @BeforeAll
  static void start() {
    stub = new OneAnswerServer("{}");
  }

  @AfterAll
  static void stop() {
    stub.close();
  }

  /**
   * An input is the id in (modified) UTF-8, a backslash ending it unless doubled; then, at its
   * end, whether to put an unpaired surrogate in, which, and where ({@link FuzzedText}).
   */
  @FuzzTest
  void anIdIsRefusedBeforeAnyRequestOrSentAsExactlyOneSegment(FuzzedDataProvider data) {
    String backupId = FuzzedText.string(data, MAX_ID_LENGTH);
    stub.server.resetRequests();
    try {
      stub.client.getBackup(backupId);
    } catch (IllegalArgumentException | NullPointerException refused) {
      assertThat(stub.server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
      return;
    }
    List<LoggedRequest> requests = stub.server.findAll(anyRequestedFor(anyUrl()));
    assertThat(requests).hasSize(1);
    String rawPath = URI.create(requests.get(0).getUrl()).getRawPath();
    assertThat(rawPath).startsWith(PREFIX);
    String segment = rawPath.substring(PREFIX.length());
    assertThat(segment).isNotEmpty().doesNotContain("/");
    assertThat(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8)).isEqualTo(backupId);
  }
}
