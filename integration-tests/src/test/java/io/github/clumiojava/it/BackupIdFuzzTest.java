package io.github.clumiojava.it;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * For any string, {@code getBackup} either refuses it with IllegalArgumentException before any
 * request, or sends exactly one request whose path has exactly one segment after
 * {@code /backups/aws/dynamodb-tables/}, which decodes back to the string.
 */
class BackupIdPropertyTest {
  private static final String PREFIX = "/backups/aws/dynamodb-tables/";
  private static WireMockServer server;
  private static DynamoDbBackupClient client;

  @BeforeContainer
  static void start() {
    server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    server.stubFor(get(anyUrl()).willReturn(WireMock.aResponse().withStatus(200)
        .withHeader("Content-Type", WireMockTestBase.MEDIA_TYPE).withBody("{}")));
    client = DynamoDbBackupClient.builder().baseUrl(server.baseUrl()).apiToken("t").maxAttempts(1).build();
  }

  @AfterContainer
  static void stop() {
    client.close();
    server.stop();
  }

  @Property
  void anIdIsRefusedBeforeAnyRequestOrSentAsExactlyOneSegment(@ForAll("ids") String backupId) {
    server.resetRequests();
    try {
      client.getBackup(backupId);
    } catch (IllegalArgumentException | NullPointerException refused) {
      assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
      return;
    }
    List<LoggedRequest> requests = server.findAll(anyRequestedFor(anyUrl()));
    assertThat(requests).hasSize(1);
    String rawPath = URI.create(requests.get(0).getUrl()).getRawPath();
    assertThat(rawPath).startsWith(PREFIX);
    String segment = rawPath.substring(PREFIX.length());
    assertThat(segment).isNotEmpty().doesNotContain("/");
    assertThat(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8)).isEqualTo(backupId);
  }

  @Provide
  Arbitrary<String> ids() {
    Arbitrary<Character> tricky = Arbitraries.of('/', '?', '#', '%', ' ', '.', '+', '&', '=', ';', '\\', ':', '@',
        '\n', '\t', '\u0000', '\u007f', '\u0085', '\u2028', 'é', '✓', '\uD83D');
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(300),
        Arbitraries.strings().withChars("./%?#").ofMaxLength(8),
        Arbitraries.strings().withCharRange('a', 'z').withChars('-').ofMinLength(1).ofMaxLength(40),
        Arbitraries.strings().withCharRange('a', 'f').ofMaxLength(10).list().ofMaxSize(4)
            .flatMap(parts -> tricky.list().ofSize(Math.max(parts.size() - 1, 0)).map(seps -> {
              StringBuilder id = new StringBuilder();
              for (int i = 0; i < parts.size(); i++) {
                id.append(parts.get(i));
                if (i < seps.size()) {
                  id.append(seps.get(i));
                }
              }
              return id.toString();
            })),
        Arbitraries.of("..", ".", "...", "%2e%2e", "%2F", "a/../b", "%00", "?", "#"));
  }
}
