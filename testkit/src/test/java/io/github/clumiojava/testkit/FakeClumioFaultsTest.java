package io.github.clumiojava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.clumiojava.ClumioServerException;
import io.github.clumiojava.ClumioThrottledException;
import io.github.clumiojava.ClumioTransportException;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import io.github.clumiojava.dynamodb.ListBackupsRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Faults applied to the next requests in arrival order, and the action run on each request. */
class FakeClumioFaultsTest extends FakeClumioTestBase {
  private static final String PATH = "/backups/aws/dynamodb-tables/b-1";
  private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

  @BeforeEach
  void holdOneBackup() {
    clumio.addBackup(Backups.listed("b-1", "t-1", T0, null, "clumio_backup"));
  }

  private static List<Integer> statusesOf(int requests) {
    return IntStream.range(0, requests).mapToObj(i -> Http.get(clumio, PATH).statusCode()).toList();
  }

  @Test
  void aFailureAnswersTheNextRequestsWithItsStatusAndClumiosErrorBody() {
    clumio.failNextRequests(2, 503);

    HttpResponse<String> first = Http.get(clumio, PATH);

    assertThat(first.statusCode()).isEqualTo(503);
    assertThat(first.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(Http.firstError(first)).startsWith("503: FakeClumio: injected failure");
    assertThat(statusesOf(2)).containsExactly(503, 200);
  }

  @Test
  void faultsApplyInTheOrderTheyWereQueued() {
    clumio.failNextRequests(1, 500).throttleNextRequests(2, Duration.ZERO).dropNextConnections(1).failNextRequests(1, 404);

    List<Integer> statuses = IntStream.range(0, 6).mapToObj(i -> {
      try {
        return Http.get(clumio, PATH).statusCode();
      } catch (RuntimeException dropped) {
        return 0;
      }
    }).toList();

    assertThat(statuses).containsExactly(500, 429, 429, 0, 404, 200);
  }

  @Test
  void throttlingAnswers429WithRetryAfterAndClumiosErrorBody() {
    clumio.throttleNextRequests(1, Duration.ofSeconds(7));

    HttpResponse<String> response = Http.get(clumio, PATH);

    assertThat(response.statusCode()).isEqualTo(429);
    assertThat(response.headers().firstValue("Retry-After")).hasValue("7");
    assertThat(Http.firstError(response)).startsWith("429: ");
  }

  @Test
  void theClientSeesThrottlingAsThrottledWithTheRetryAfter() {
    clumio.throttleNextRequests(1, Duration.ofSeconds(3));

    try (DynamoDbBackupClient client = clumio.clientBuilder().maxAttempts(1).build()) {
      Throwable failure = catchThrowable(() -> client.getBackup("b-1"));

      assertThat(failure).isInstanceOf(ClumioThrottledException.class);
      assertThat(((ClumioThrottledException) failure).retryAfter()).hasValue(Duration.ofSeconds(3));
    }
  }

  @Test
  void theClientsRetriesGetPastFewerFailuresThanItsAttempts() {
    clumio.failNextRequests(2, 503);

    try (DynamoDbBackupClient client = clumio.clientBuilder().maxAttempts(3).build()) {
      assertThat(client.getBackup("b-1").id()).isEqualTo("b-1");
    }
    assertThat(clumio.requests()).hasSize(3);
  }

  @Test
  void aDroppedConnectionIsATransportFailureAndTheNextRequestIsAnswered() {
    clumio.dropNextConnections(1);

    try (DynamoDbBackupClient client = clumio.clientBuilder().maxAttempts(1).build()) {
      assertThat(catchThrowable(() -> client.getBackup("b-1"))).isInstanceOf(ClumioTransportException.class);
      assertThat(client.getBackup("b-1").id()).isEqualTo("b-1");
    }
  }

  @Test
  void aDelayedRequestIsAnsweredLate() {
    clumio.delayNextRequests(1, Duration.ofSeconds(5));

    try (DynamoDbBackupClient client = clumio.clientBuilder().maxAttempts(1).callTimeout(Duration.ofMillis(300)).build()) {
      assertThat(catchThrowable(() -> client.getBackup("b-1"))).isInstanceOf(ClumioTransportException.class)
          .hasMessageContaining("deadline passed");
      assertThat(client.getBackup("b-1").id()).as("the next request is answered at once").isEqualTo("b-1");
    }
  }

  @Test
  void aDelayedRequestIsThenAnsweredAsUsual() {
    clumio.delayNextRequests(1, Duration.ofMillis(1));

    HttpResponse<String> response = Http.get(clumio, PATH, "Bearer wrong");

    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void faultsApplyWhateverTheToken() {
    clumio.failNextRequests(1, 502);

    assertThat(Http.get(clumio, PATH, "Bearer wrong").statusCode()).isEqualTo(502);
  }

  @Test
  void aFaultQueuedByTheActionOnEachRequestAppliesToThatRequest() {
    AtomicInteger seen = new AtomicInteger();
    clumio.onEachRequest(request -> {
      if (seen.incrementAndGet() == 2) {
        clumio.failNextRequests(1, 503);
      }
    });

    assertThat(statusesOf(3)).containsExactly(200, 503, 200);
  }

  @Test
  void theActionOnEachRequestCanChangeTheBackupsWhileAClientWalksTheList() {
    for (int i = 0; i < 25; i++) {
      clumio.addBackup(Backups.listed("old-" + i, "t-2", T0.plus(Duration.ofHours(i)), null, "clumio_backup"));
    }
    AtomicInteger created = new AtomicInteger();
    clumio.onEachRequest(request -> clumio.addBackup(Backups.listed("new-" + created.getAndIncrement(), "t-2",
        T0.plus(Duration.ofDays(10 + created.get())), null, "clumio_backup")));

    List<String> ids;
    try (DynamoDbBackupClient client = clumio.clientBuilder().build()) {
      ids = client.listBackups(ListBackupsRequest.builder().tableId("t-2").pageSize(10).build()).stream()
          .map(DynamoDbTableBackup::id).toList();
    }

    assertThat(ids).doesNotHaveDuplicates().contains("old-0", "old-24", "new-0");
    assertThat(created.get()).isEqualTo(clumio.requests().size());
  }

  @Test
  void anActionThatThrowsIsAnswered500NamingTheException() {
    clumio.onEachRequest(request -> {
      throw new IllegalStateException("test bug");
    });

    HttpResponse<String> response = Http.get(clumio, PATH);

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(Http.firstError(response)).contains("onEachRequest").contains("IllegalStateException: test bug");
  }

  @Test
  void resetForgetsQueuedFaultsAndTheAction() {
    clumio.failNextRequests(5, 500).onEachRequest(request -> clumio.failNextRequests(1, 500));

    clumio.reset();
    clumio.addBackup(Backups.listed("b-1", "t-1", T0, null, "clumio_backup"));

    assertThat(statusesOf(1)).containsExactly(200);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1})
  void aCountBelowOneIsRefused(int count) {
    for (Consumer<Integer> fault : List.<Consumer<Integer>>of(
        n -> clumio.failNextRequests(n, 500),
        n -> clumio.throttleNextRequests(n, Duration.ZERO),
        n -> clumio.delayNextRequests(n, Duration.ofMillis(1)),
        clumio::dropNextConnections)) {
      assertThatThrownBy(() -> fault.accept(count)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("count must be at least 1, not " + count);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 200, 302, 399, 600})
  void aFailureStatusOutsideTheErrorsIsRefused(int status) {
    assertThatThrownBy(() -> clumio.failNextRequests(1, status)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("status must be an error status from 400 to 599, not " + status);
  }

  @Test
  void aRetryAfterThatIsNegativeOrNotWholeSecondsIsRefused() {
    assertThatThrownBy(() -> clumio.throttleNextRequests(1, Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole seconds, zero or more");
    assertThatThrownBy(() -> clumio.throttleNextRequests(1, Duration.ofMillis(1500)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT1.5S");
    assertThatThrownBy(() -> clumio.throttleNextRequests(1, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aDelayUnderAMillisecondOrNegativeIsRefused() {
    assertThatThrownBy(() -> clumio.delayNextRequests(1, Duration.ofNanos(999_999)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("delay must be from 1 ms");
    assertThatThrownBy(() -> clumio.delayNextRequests(1, Duration.ofMillis(-5)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> clumio.delayNextRequests(1, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aFailureThatOutlastsTheClientsAttemptsReachesTheCaller() {
    clumio.failNextRequests(3, 500);

    try (DynamoDbBackupClient client = clumio.clientBuilder().maxAttempts(3).build()) {
      Throwable failure = catchThrowable(() -> client.getBackup("b-1"));

      assertThat(failure).isInstanceOf(ClumioServerException.class);
      assertThat(((ClumioServerException) failure).attempts()).isEqualTo(3);
    }
  }
}
