package io.github.clumiojava.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.clumiojava.ClumioException;
import io.github.clumiojava.ClumioNotFoundException;
import io.github.clumiojava.ClumioResponseException;
import io.github.clumiojava.ClumioServerException;
import io.github.clumiojava.ClumioThrottledException;
import io.github.clumiojava.ClumioTransportException;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.dynamodb.DynamoDbBackupClientBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import okhttp3.OkHttpClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What is retried, how often and how long the client waits, through both the blocking and the
 * asynchronous call. Each test asserts how many requests the server saw.
 */
class RetryTest extends WireMockTestBase {
  static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
  private static final String ERROR = "{\"errors\":[{\"error_code\":1,\"error_message\":\"try again\"}]}";
  private static final String BACKUP = "{\"id\":\"b-1\",\"table_name\":\"orders\"}";

  @Override
  DynamoDbBackupClientBuilder configure(DynamoDbBackupClientBuilder builder) {
    // A read timeout that a cold JVM's first answer cannot run into: request counts stay exact.
    return builder.readTimeout(Duration.ofSeconds(5)).callTimeout(Duration.ofSeconds(20))
        .clock(Clock.fixed(NOW, ZoneOffset.UTC));
  }

  /** Stubs answers that follow one another, the last one repeated. */
  private void stubSequence(String backupId, ResponseDefinitionBuilder... answers) {
    for (int i = 0; i < answers.length; i++) {
      String state = i == 0 ? STARTED : "answer-" + i;
      wireMock.stubFor(getBackup(backupId).inScenario(backupId).whenScenarioStateIs(state)
          .willReturn(answers[i]).willSetStateTo(i + 1 < answers.length ? "answer-" + (i + 1) : state));
    }
  }

  private void assertRequests(int count) {
    wireMock.verify(count, getRequestedFor(urlPathEqualTo(BACKUPS_PATH + "b-1")));
  }

  /** Replaces the test's client by one with more settings; the base class closes it. */
  private void useClient(UnaryOperator<DynamoDbBackupClientBuilder> settings) {
    client.close();
    client = settings.apply(configure(DynamoDbBackupClient.builder().baseUrl(wireMock.baseUrl()).apiToken(TOKEN)))
        .build();
  }

  /** The waits the client's retry decided on, in order. */
  private List<Duration> recordWaits() {
    List<Duration> waits = new CopyOnWriteArrayList<>();
    client.retry().getEventPublisher().onRetry(event -> waits.add(event.getWaitInterval()));
    return waits;
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void twoServiceUnavailableAnswersThenSuccessIsASuccessAfterThreeRequests(Mode mode) {
    stubSequence("b-1", errorJson(503, ERROR), errorJson(503, ERROR), backupJson(BACKUP));

    assertThat(mode.get(client, "b-1").tableName()).isEqualTo("orders");

    assertRequests(3);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void exhaustedAttemptsThrowTheLastFailureWithTheCountAndTheEarlierOnesSuppressed(Mode mode) {
    stubSequence("b-1", errorJson(500, ERROR), errorJson(502, ERROR), errorJson(503, ERROR));

    ClumioServerException e = catchThrowableOfType(ClumioServerException.class, () -> mode.get(client, "b-1"));

    assertThat(e.statusCode()).isEqualTo(503);
    assertThat(e.attempts()).isEqualTo(3);
    assertThat(e.getMessage()).endsWith("(after 3 attempts)");
    assertThat(e.getSuppressed()).extracting(t -> ((ClumioServerException) t).statusCode()).containsExactly(500, 502);
    assertRequests(3);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void notFoundIsNotRetried(Mode mode) {
    wireMock.stubFor(getBackup("b-1").willReturn(errorJson(404, ERROR)));

    ClumioNotFoundException e = catchThrowableOfType(ClumioNotFoundException.class, () -> mode.get(client, "b-1"));

    assertThat(e.attempts()).isEqualTo(1);
    assertRequests(1);
  }

  @ParameterizedTest
  @EnumSource(value = Mode.class)
  void otherClientErrorsAreNotRetried(Mode mode) {
    wireMock.stubFor(getBackup("b-1").willReturn(errorJson(409, ERROR)));

    catchThrowableOfType(ClumioException.class, () -> mode.get(client, "b-1"));

    assertRequests(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void requestTimeoutIsRetried(Mode mode) {
    stubSequence("b-1", errorJson(408, ERROR), backupJson(BACKUP));

    mode.get(client, "b-1");

    assertRequests(2);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  @ResponseViolatesSpec("a 200 whose JSON is cut short")
  void truncatedJsonSuccessIsNotRetried(Mode mode) {
    wireMock.stubFor(getBackup("b-1").willReturn(backupJson("{\"id\":\"b-1\",\"tab")));

    catchThrowableOfType(ClumioResponseException.class, () -> mode.get(client, "b-1"));

    assertRequests(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void retryAfterInSecondsIsWaitedFor(Mode mode) {
    stubSequence("b-1", errorJson(429, ERROR).withHeader("Retry-After", "2"), backupJson(BACKUP));

    long start = System.nanoTime();
    mode.get(client, "b-1");

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    assertRequests(2);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void retryAfterAsAnHttpDateIsWaitedFor(Mode mode) {
    String inOneSecond = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(1).atOffset(ZoneOffset.UTC));
    stubSequence("b-1", errorJson(503, ERROR).withHeader("Retry-After", inOneSecond), backupJson(BACKUP));

    long start = System.nanoTime();
    mode.get(client, "b-1");

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    assertRequests(2);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void retryAfterBeyondTheDeadlineEndsTheCallAtOnce(Mode mode) {
    useClient(builder -> builder.callTimeout(Duration.ofSeconds(10)));
    wireMock.stubFor(getBackup("b-1").willReturn(errorJson(429, ERROR).withHeader("Retry-After", "15")));

    long start = System.nanoTime();
    ClumioThrottledException e = catchThrowableOfType(ClumioThrottledException.class, () -> mode.get(client, "b-1"));

    assertThat(e.retryAfter()).contains(Duration.ofSeconds(15));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertRequests(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void serviceUnavailableWithRetryAfterZeroIsSentOnceWhenOneAttemptIsAllowed(Mode mode) {
    useClient(builder -> builder.maxAttempts(1));
    stubSequence("b-1", errorJson(503, ERROR).withHeader("Retry-After", "0"), backupJson(BACKUP));

    ClumioServerException e = catchThrowableOfType(ClumioServerException.class, () -> mode.get(client, "b-1"));

    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.retryAfter()).contains(Duration.ZERO);
    assertRequests(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void requestTimeoutIsSentOnceWhenOneAttemptIsAllowed(Mode mode) {
    useClient(builder -> builder.maxAttempts(1));
    stubSequence("b-1", errorJson(408, ERROR), backupJson(BACKUP));

    ClumioException e = catchThrowableOfType(ClumioException.class, () -> mode.get(client, "b-1"));

    assertThat(e.attempts()).isEqualTo(1);
    assertRequests(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void requestTimeoutIsSentOnceEvenIfAnApplicationInterceptorTurnsOkHttpRetriesOn(Mode mode) {
    OkHttpClient application = new OkHttpClient.Builder()
        .addInterceptor(chain -> chain.withRetryOnConnectionFailure(true).proceed(chain.request()))
        .build();
    try {
      useClient(builder -> builder.maxAttempts(1).httpClient(application));
      stubSequence("b-1", errorJson(408, ERROR), backupJson(BACKUP));

      catchThrowableOfType(ClumioException.class, () -> mode.get(client, "b-1"));

      assertRequests(1);
    } finally {
      application.dispatcher().executorService().shutdown();
      application.connectionPool().evictAll();
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void anEnormousRetryAfterEndsTheCallAtOnceSayingHowLongWasAsked(Mode mode) {
    useClient(builder -> builder.callTimeout(Duration.ofSeconds(60)));
    wireMock.stubFor(getBackup("b-1").willReturn(errorJson(503, ERROR).withHeader("Retry-After", "99999999999999999999")));

    ClumioServerException e = catchThrowableOfType(ClumioServerException.class, () -> mode.get(client, "b-1"));

    assertThat(e.getMessage()).contains("(the service asked to retry after 99999999999999999999 s)");
    assertThat(e.attempts()).isEqualTo(1);
    assertRequests(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void throttlingWithARetryAfterLongerThanTheLongestWaitEndsTheCallAtOnce(Mode mode) {
    useClient(builder -> builder.callTimeout(Duration.ofSeconds(60)));
    wireMock.stubFor(getBackup("b-1").willReturn(errorJson(429, ERROR).withHeader("Retry-After", "120")));

    ClumioThrottledException e = catchThrowableOfType(ClumioThrottledException.class, () -> mode.get(client, "b-1"));

    assertThat(e.getMessage()).contains("(the service asked to retry after 120 s)");
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
    assertThat(e.attempts()).isEqualTo(1);
    assertRequests(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void retryAfterAsAnRfc850DateIsWaitedFor(Mode mode) {
    // A first answer slower than the class's 500 ms read timeout (a cold JVM) would retry with a jitter wait.
    useClient(builder -> builder.readTimeout(Duration.ofSeconds(10)));
    List<Duration> waits = recordWaits();
    stubSequence("b-1", errorJson(503, ERROR).withHeader("Retry-After", "Tuesday, 24-Nov-26 12:00:01 GMT"),
        backupJson(BACKUP));

    assertThat(mode.get(client, "b-1").tableName()).isEqualTo("orders");

    assertThat(waits).containsExactly(Duration.ofSeconds(1));
    assertRequests(2);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void retryAfterAsAnAsctimeDateIsWaitedFor(Mode mode) {
    // A first answer slower than the class's 500 ms read timeout (a cold JVM) would retry with a jitter wait.
    useClient(builder -> builder.readTimeout(Duration.ofSeconds(10)));
    List<Duration> waits = recordWaits();
    stubSequence("b-1", errorJson(503, ERROR).withHeader("Retry-After", "Tue Nov 24 12:00:01 2026"),
        backupJson(BACKUP));

    assertThat(mode.get(client, "b-1").tableName()).isEqualTo("orders");

    assertThat(waits).containsExactly(Duration.ofSeconds(1));
    assertRequests(2);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void retryAfterLongerThanTheTimeLeftEndsTheCallAtOnce(Mode mode) {
    useClient(builder -> builder.callTimeout(Duration.ofSeconds(8)));
    wireMock.stubFor(getBackup("b-1").willReturn(errorJson(503, ERROR).withHeader("Retry-After", "12")));

    long start = System.nanoTime();
    ClumioServerException e = catchThrowableOfType(ClumioServerException.class, () -> mode.get(client, "b-1"));

    assertThat(e.getMessage()).contains("(the service asked to retry after 12 s)");
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).as("far less than the deadline")
        .isLessThan(Duration.ofSeconds(6));
    assertRequests(1);
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void everyConnectionFaultIsRetriedAndEndsAsATransportException(Fault fault) {
    for (Mode mode : Mode.values()) {
      wireMock.resetAll();
      wireMock.stubFor(getBackup("b-1").willReturn(aResponse().withFault(fault)));

      ClumioTransportException e = catchThrowableOfType(ClumioTransportException.class, () -> mode.get(client, "b-1"));

      assertThat(e.attempts()).as(mode.name()).isEqualTo(3);
      assertThat(e.getCause()).as(mode.name()).isInstanceOf(java.io.IOException.class);
      assertRequests(3);
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aFaultThenSuccessIsASuccess(Mode mode) {
    stubSequence("b-1", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), backupJson(BACKUP));

    assertThat(mode.get(client, "b-1").id()).isEqualTo("b-1");

    assertRequests(2);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void anAnswerSlowerThanTheReadTimeoutIsRetriedAsATransportFailure(Mode mode) {
    useClient(builder -> builder.readTimeout(Duration.ofMillis(500)));
    wireMock.stubFor(getBackup("b-1").willReturn(backupJson(BACKUP).withFixedDelay(1_500)));

    ClumioTransportException e = catchThrowableOfType(ClumioTransportException.class, () -> mode.get(client, "b-1"));

    assertThat(e.getCause()).isInstanceOf(java.net.SocketTimeoutException.class);
    assertRequests(3);
  }
}
