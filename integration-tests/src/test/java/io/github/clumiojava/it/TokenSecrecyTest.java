package io.github.clumiojava.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.dynamodb.DynamoDbBackupClientBuilder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The token appears nowhere: not in any exception (message, toString, stack trace text, causes
 * and suppressed exceptions), nor in the toString of the client or its builder. (Every test of
 * this suite also checks that no line the client logs at TRACE holds it.)
 */
class TokenSecrecyTest extends WireMockTestBase {
  private static final String ERROR = "{\"errors\":[{\"error_code\":1,\"error_message\":\"x\"}]}";

  @Override
  DynamoDbBackupClientBuilder configure(DynamoDbBackupClientBuilder builder) {
    return builder.readTimeout(Duration.ofMillis(300)).callTimeout(Duration.ofSeconds(3));
  }

  static Stream<Arguments> failures() {
    return Stream.of(
        Arguments.of("401", errorJson(401, ERROR)),
        Arguments.of("403", errorJson(403, ERROR)),
        Arguments.of("404", errorJson(404, ERROR)),
        Arguments.of("429", errorJson(429, ERROR).withHeader("Retry-After", "0")),
        Arguments.of("503 html", aResponse().withStatus(503).withHeader("Content-Type", "text/html").withBody("<p>down</p>")),
        Arguments.of("reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
        Arguments.of("garbage", aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)),
        Arguments.of("slow", backupJson("{}").withFixedDelay(1_000)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failures")
  void noExceptionOfAFailedCallHoldsTheToken(String name, ResponseDefinitionBuilder answer) {
    wireMock.stubFor(getBackup("b-1").willReturn(answer));

    Throwable failure = catchThrowable(() -> client.getBackup("b-1"));

    assertThat(failure).isNotNull();
    assertThat(everyText(failure)).noneMatch(text -> text.contains(TOKEN));
  }

  @Test
  void anOpenCircuitAndABadIdHoldNoToken() {
    Throwable badId = catchThrowable(() -> client.getBackup("a\nb"));
    client.circuitBreaker().transitionToForcedOpenState();
    Throwable open = catchThrowable(() -> client.getBackup("b-1"));

    assertThat(everyText(badId)).noneMatch(text -> text.contains(TOKEN));
    assertThat(everyText(open)).noneMatch(text -> text.contains(TOKEN));
  }

  @Test
  void theClientAndItsBuilderDoNotShowTheToken() {
    DynamoDbBackupClientBuilder builder = DynamoDbBackupClient.builder().baseUrl(wireMock.baseUrl()).apiToken(TOKEN);

    assertThat(builder.toString()).doesNotContain(TOKEN);
    assertThat(client.toString()).doesNotContain(TOKEN);
  }

  /** Every text an exception can show: messages, toString and stack traces, through causes and suppressed. */
  private static List<String> everyText(Throwable root) {
    List<String> texts = new ArrayList<>();
    StringWriter trace = new StringWriter();
    root.printStackTrace(new PrintWriter(trace));
    texts.add(trace.toString());
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Throwable> pending = new ArrayList<>(List.of(root));
    while (!pending.isEmpty()) {
      Throwable t = pending.remove(pending.size() - 1);
      if (seen.add(t)) {
        texts.add(String.valueOf(t.getMessage()));
        texts.add(t.toString());
        if (t.getCause() != null) {
          pending.add(t.getCause());
        }
        pending.addAll(List.of(t.getSuppressed()));
      }
    }
    return texts;
  }
}
