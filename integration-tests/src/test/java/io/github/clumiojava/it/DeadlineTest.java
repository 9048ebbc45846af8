package io.github.clumiojava.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.clumiojava.ClumioException;
import io.github.clumiojava.ClumioServerException;
import io.github.clumiojava.ClumioTransportException;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.dynamodb.DynamoDbBackupClientBuilder;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Whatever the server does, a call ends within its deadline plus a margin. The read timeout is
 * longer than the deadline here, and the server takes ten times the deadline, so only the
 * deadline can end these calls; the margin is generous for a cold JVM on a busy 2-core machine,
 * and still far below what the server would take.
 */
class DeadlineTest extends WireMockTestBase {
  private static final Duration DEADLINE = Duration.ofMillis(2_000);
  private static final Duration MARGIN = Duration.ofMillis(3_000);
  private static final int HANG_MILLIS = 20_000;

  @Override
  DynamoDbBackupClientBuilder configure(DynamoDbBackupClientBuilder builder) {
    return builder.callTimeout(DEADLINE).readTimeout(Duration.ofSeconds(10));
  }

  private Duration timed(Mode mode, Class<? extends ClumioException> expected) {
    long start = System.nanoTime();
    ClumioException e = catchThrowableOfType(ClumioException.class, () -> mode.get(client, "b-1"));
    assertThat(e).isInstanceOf(expected);
    return Duration.ofNanos(System.nanoTime() - start);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  @ResponseViolatesSpec("the body is cut off by the deadline, so what was logged is partial")
  void aChunkedDribblePastTheDeadlineEndsWithinTheDeadline(Mode mode) {
    wireMock.stubFor(getBackup("b-1").willReturn(backupJson("{\"id\":\"b-1\",\"table_name\":\"a-table-name\"}")
        .withChunkedDribbleDelay(10, HANG_MILLIS)));

    assertThat(timed(mode, ClumioTransportException.class)).isLessThan(DEADLINE.plus(MARGIN));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aServerThatHangsEndsWithinTheDeadline(Mode mode) {
    wireMock.stubFor(getBackup("b-1").willReturn(backupJson("{}").withFixedDelay(HANG_MILLIS)));

    assertThat(timed(mode, ClumioTransportException.class)).isLessThan(DEADLINE.plus(MARGIN));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aCallCutOffByItsDeadlineSaysSo(Mode mode) {
    wireMock.stubFor(getBackup("b-1").willReturn(backupJson("{}").withFixedDelay(HANG_MILLIS)));

    Throwable e = catchThrowable(() -> mode.get(client, "b-1"));

    assertThat(e).isInstanceOf(ClumioTransportException.class).hasMessageContaining("the call's deadline passed");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void anAnswerThatArrivesBeforeTheDeadlineIsNotCutOff(Mode mode) {
    wireMock.stubFor(getBackup("b-1").willReturn(backupJson("{\"id\":\"b-1\"}").withFixedDelay(200)));

    assertThat(mode.get(client, "b-1").id()).isEqualTo("b-1");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void retriesOfSlowFailuresStopAtTheDeadline(Mode mode) {
    wireMock.stubFor(getBackup("b-1").willReturn(aResponse().withStatus(503).withFixedDelay(800)
        .withHeader("Content-Type", "application/json").withBody("{\"errors\":[]}")));

    long start = System.nanoTime();
    ClumioException e = catchThrowableOfType(ClumioException.class, () -> mode.get(client, "b-1"));

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(DEADLINE.plus(MARGIN));
    // The last attempt either got its 503 or was cut off by the deadline.
    assertThat(e).isInstanceOfAny(ClumioServerException.class, ClumioTransportException.class);
    assertThat(e.attempts()).isBetween(2, 3);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aListenerThatThrowsWhenACallIsCancelledDoesNotStopTheDeadlinesOfLaterCalls(Mode mode) {
    wireMock.stubFor(getBackup("b-1").willReturn(backupJson("{}").withFixedDelay(HANG_MILLIS)));
    try (DynamoDbBackupClient c = DynamoDbBackupClient.builder().baseUrl(wireMock.baseUrl()).apiToken(TOKEN)
        .httpClient(new OkHttpClient.Builder().eventListener(new ThrowsWhenCancelled()).build()).maxAttempts(1)
        .callTimeout(DEADLINE).readTimeout(Duration.ofSeconds(60)).build()) {
      for (int call = 0; call < 2; call++) {
        long start = System.nanoTime();
        Throwable e = catchThrowable(() -> mode.get(c, "b-1"));

        assertThat(e).isInstanceOf(ClumioTransportException.class).hasMessageContaining("deadline");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(DEADLINE.plus(MARGIN));
      }
    }
  }
}
