package io.github.clumiojava.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.clumiojava.ClumioTransportException;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A pooled connection that the server closed while it sat idle costs the caller nothing: the GET
 * is sent again at once on a new connection, no attempt is counted, the breaker sees a success.
 * One attempt per call here, so a counted failure would fail the call.
 */
class StaleConnectionTest extends WireMockTestBase {
  @ParameterizedTest
  @EnumSource(Mode.class)
  void aPooledConnectionTheServerClosedWhileIdleIsNotAFailedAttempt(Mode mode) throws Exception {
    wireMock.stubFor(getBackup("b-1").willReturn(backupJson("{\"id\":\"b-1\"}")));

    try (ClosingProxy proxy = new ClosingProxy(wireMock.getPort());
        DynamoDbBackupClient c = DynamoDbBackupClient.builder().baseUrl(proxy.baseUrl()).apiToken(TOKEN)
            .maxAttempts(1).build()) {
      mode.get(c, "b-1");
      proxy.closeConnections(); // the server's keep-alive timeout passes while the connection idles
      Thread.sleep(1_100); // the idle spell itself: a connection idle under a second is not taken for stale

      assertThat(mode.get(c, "b-1").id()).isEqualTo("b-1");

      assertThat(proxy.connectionsOpened()).as("the second call needed a new connection").isEqualTo(2);
      assertThat(c.circuitBreaker().getMetrics().getNumberOfSuccessfulCalls()).isEqualTo(2);
      assertThat(c.circuitBreaker().getMetrics().getNumberOfFailedCalls()).isZero();
    }
    assertThat(requests()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aConnectionInSteadyUseThatFailsIsAFailedAttemptNotReplayed(Mode mode) {
    wireMock.stubFor(getBackup("b-1").willReturn(backupJson("{\"id\":\"b-1\"}")));
    wireMock.stubFor(getBackup("reset").willReturn(WireMock.aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    client.getBackup("b-1"); // a pooled connection, in use a moment ago

    Throwable failure = catchThrowable(() -> mode.get(client, "reset"));

    assertThat(failure).isInstanceOf(ClumioTransportException.class);
    assertThat(requests()).isEqualTo(2);
  }
}
