package io.github.clumiojava.it;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A backup id always travels as exactly one path segment, or is refused before any request. */
class BackupIdEncodingTest extends WireMockTestBase {

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {
      "7d4a3b4e-3c1f-4f3e-9a0e-2b8c5d6e7f80",
      "a/b",
      "../../admin",
      "a/../b",
      "..%2F..",
      "id?x=1",
      "id#frag",
      "100%",
      "%2e%2e",
      "with space",
      "plus+sign",
      "semi;colon",
      "back\\slash",
      "ünïcödé-✓",
      "...",
      "a..b",
      "[bracketed]",
      "a]b[c",
  })
  void idIsSentAsOneSegmentThatDecodesBackToIt(String backupId) {
    wireMock.stubFor(get(anyUrl()).willReturn(backupJson("{}")));

    client.getBackup(backupId);

    List<LoggedRequest> requests = wireMock.findAll(anyRequestedFor(anyUrl()));
    assertThat(requests).hasSize(1);
    String rawPath = URI.create(requests.get(0).getUrl()).getRawPath();
    assertThat(rawPath).startsWith(BACKUPS_PATH);
    String segment = rawPath.substring(BACKUPS_PATH.length());
    assertThat(segment).doesNotContain("/", "?", "#");
    assertThat(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8)).isEqualTo(backupId);
    assertThat(URI.create(requests.get(0).getUrl()).getRawQuery()).isNull();
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"", " ", "\t", ".", "..", "a\nb", "a\rb", "nul\0byte", "del\u007f", "c1\u0085",
      "lone\uD83Dhigh", "lone\uDE00low"})
  void invalidIdIsRefusedBeforeAnyRequest(String backupId) {
    assertThatThrownBy(() -> client.getBackup(backupId))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("backupId");

    assertThat(requests()).isZero();
  }

  @Test
  void nullIdIsRefusedBeforeAnyRequest() {
    assertThatThrownBy(() -> client.getBackup(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("backupId");

    assertThat(requests()).isZero();
  }

  @Test
  void overLongIdIsRefusedWithItsLength() {
    assertThatThrownBy(() -> client.getBackup("x".repeat(257)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("257 characters").hasMessageContaining("256");

    assertThat(requests()).isZero();
  }

  @Test
  void idOfTheMaximumLengthIsSent() {
    wireMock.stubFor(get(anyUrl()).willReturn(backupJson("{}")));

    client.getBackup("x".repeat(256));

    assertThat(requests()).isEqualTo(1);
  }
}
