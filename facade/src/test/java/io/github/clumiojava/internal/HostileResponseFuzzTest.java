package io.github.clumiojava.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.clumiojava.ClumioApiException;
import io.github.clumiojava.ClumioException;
import io.github.clumiojava.ClumioResponseException;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import java.time.Clock;
import java.time.Duration;
import okhttp3.Headers;

/**
 * Whatever a server answers, the client returns a backup or throws a documented
 * {@link ClumioException}: never a NullPointerException, ClassCastException,
 * IllegalStateException, StackOverflowError or anything else. Coverage-guided fuzz tests
 * (Jazzer): {@code ./mvnw verify} replays each one's committed inputs, in
 * {@code src/test/resources/io/github/clumiojava/internal/HostileResponseFuzzTestInputs/<method>/};
 * the README's "Fuzzing" section says how to fuzz one for a while.
 */
class HostileResponseFuzzTest {
  private static final BackupFetcher FETCHER =
      new BackupFetcher(null, null, new JsonCodec(), Clock.systemUTC(), null, Long.MAX_VALUE);

  /** Any bytes at all: the inputs are the bodies themselves. */
  @FuzzTest
  void anyBodyWithASuccessStatusGivesABackupOrAResponseException(byte[] body) {
    assertBackupOrResponseException(body);
  }

  /** A full backup made hostile ({@link HostileBackupBodies}): truncated, retyped, deep, long, not UTF-8. */
  @FuzzTest
  void aHostileVariantOfAFullBackupGivesABackupOrAResponseException(FuzzedDataProvider data) {
    assertBackupOrResponseException(HostileBackupBodies.from(data));
  }

  /**
   * Any status from 300 to 599, any {@code Retry-After}, {@code Location} and request id, any
   * body: the exception for that status, with a message of bounded length and a wait the client
   * can use. An input is the three header values, each ended by a backslash and one more
   * character, then the body, then the status in two bytes.
   */
  @FuzzTest
  void anyAnswerWithAnErrorStatusGivesTheApiExceptionForThatStatus(FuzzedDataProvider data) {
    int status = data.consumeInt(300, 599);
    Headers headers = new Headers.Builder()
        .addUnsafeNonAscii("Retry-After", data.consumeString(100))
        .addUnsafeNonAscii("Location", data.consumeString(2_000))
        .addUnsafeNonAscii("x-request-id", data.consumeString(2_000))
        .build();
    byte[] body = data.consumeRemainingAsBytes();

    ClumioApiException e = catchThrowableOfType(ClumioApiException.class,
        () -> FETCHER.interpret("GET test", status, headers, body));

    assertThat(e).as("the exception for HTTP %d", status).isNotNull();
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.getMessage()).hasSizeLessThan(2_000);
    e.retryAfter().ifPresent(wait -> assertThat(wait).isBetween(Duration.ZERO, HttpErrors.MAX_RETRY_AFTER));
  }

  private static void assertBackupOrResponseException(byte[] body) {
    try {
      DynamoDbTableBackup backup = FETCHER.interpret("GET test", 200, Headers.of(), body);
      assertThat(backup).isNotNull();
    } catch (ClumioResponseException expected) {
      assertThat(expected.statusCode()).isEqualTo(200);
      assertThat(expected.bodyExcerpt().length()).isLessThanOrEqualTo(ClumioResponseException.MAX_EXCERPT_LENGTH);
    }
  }
}
