package io.github.clumiojava.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.clumiojava.dynamodb.DynamoDbBackupClientBuilder;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Closing a client ends its calls in flight at once with {@link IllegalStateException}, and
 * makes no retry: the server here would take far longer than the test waits.
 */
class ClientCloseTest extends WireMockTestBase {
  @Override
  DynamoDbBackupClientBuilder configure(DynamoDbBackupClientBuilder builder) {
    return builder.maxAttempts(3).callTimeout(Duration.ofSeconds(30)).readTimeout(Duration.ofSeconds(30));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  @ResponseViolatesSpec("the response is cut off when the client closes")
  void closingTheClientEndsACallInFlightWithIllegalStateAndNoRetry(Mode mode) throws Exception {
    wireMock.stubFor(getBackup("b-1").willReturn(backupJson("{\"id\":\"b-1\"}").withFixedDelay(20_000)));
    CompletableFuture<Throwable> failure =
        CompletableFuture.supplyAsync(() -> catchThrowable(() -> mode.get(client, "b-1")));
    awaitRequests(1, Duration.ofSeconds(5));

    client.close();

    assertThat(failure.get(5, TimeUnit.SECONDS))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("was closed during GET");
    assertThat(requests()).isEqualTo(1);
  }
}
