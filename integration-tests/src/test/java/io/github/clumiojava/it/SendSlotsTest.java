package io.github.clumiojava.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.clumiojava.ClumioLimitExceededException;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * Asynchronous calls wait for one of the client's send slots (the requests its HTTP dispatcher
 * runs at once) before they are sent, also while the service has never throttled the client.
 */
class SendSlotsTest extends WireMockTestBase {
  @Test
  @ResponseViolatesSpec("the slow response is cut off at the call's deadline")
  void aCallThatWaitsForASendSlotPastItsDeadlineSaysSoAndNotThatTheServiceThrottled() {
    wireMock.stubFor(getBackup("b-slow").willReturn(backupJson("{}").withFixedDelay(5_000)));
    Dispatcher oneAtOnce = new Dispatcher();
    oneAtOnce.setMaxRequestsPerHost(1);
    OkHttpClient http = new OkHttpClient.Builder().dispatcher(oneAtOnce).build();

    try (DynamoDbBackupClient oneSlot = DynamoDbBackupClient.builder().baseUrl(wireMock.baseUrl()).apiToken(TOKEN)
        .httpClient(http).callTimeout(Duration.ofMillis(500)).build()) {
      CompletableFuture<DynamoDbTableBackup> inFlight = oneSlot.getBackupAsync("b-slow");
      CompletableFuture<DynamoDbTableBackup> waiting = oneSlot.getBackupAsync("b-waiting");

      Throwable failure = catchThrowable(waiting::join).getCause();
      catchThrowable(inFlight::join);

      assertThat(failure).isInstanceOf(ClumioLimitExceededException.class)
          .hasMessageContaining("getBackup('b-waiting') was not sent")
          .hasMessageContaining("1 send slots (requests in flight at once) stayed busy until the call's deadline")
          .hasMessageNotContaining("429");
      assertThat(oneSlot.adaptiveRateLimit()).as("never throttled").isEmpty();
    } finally {
      http.dispatcher().executorService().shutdown();
    }
  }
}
