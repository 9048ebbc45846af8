package io.github.clumiojava.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.clumiojava.ClumioException;
import io.github.clumiojava.ClumioResponseException;
import io.github.clumiojava.Page;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import io.github.clumiojava.dynamodb.ListBackupsRequest;
import java.time.Clock;
import java.util.List;
import okhttp3.Headers;

/**
 * Whatever body a server answers a page of the backup list with, the listing gets a page or a
 * {@link ClumioResponseException}, the documented {@link ClumioException} for a body it cannot
 * use: never a NullPointerException, ClassCastException or anything else. The body is read
 * ({@code JsonCodec.readPage}, {@code BackupMapper.toPage}) and then taken by a walk in each order
 * ({@link BackupListing#accept}), which checks the page's order. A coverage-guided fuzz test
 * (Jazzer): {@code ./mvnw verify} replays its committed inputs, in
 * {@code src/test/resources/io/github/clumiojava/internal/HostilePageFuzzTestInputs/<method>/};
 * the README's "Fuzzing" section says how to fuzz it for a while.
 */
class HostilePageFuzzTest {
  private static final BackupFetcher FETCHER =
      new BackupFetcher(null, null, new JsonCodec(), Clock.systemUTC(), null, Long.MAX_VALUE);
  private static final List<ListBackupsRequest> ORDERS =
      List.of(ListBackupsRequest.builder().build(), ListBackupsRequest.builder().oldestFirst().build());

  /** Any bytes at all: the inputs are the bodies themselves. */
  @FuzzTest
  void anyBodyWithASuccessStatusGivesAPageOrAResponseException(byte[] body) {
    BackupPage page;
    try {
      page = FETCHER.interpretPage("GET test", 200, Headers.of(), body);
    } catch (ClumioResponseException expected) {
      assertIsAboutThisAnswer(expected);
      return;
    }
    assertThat(page.items()).doesNotContainNull();
    for (ListBackupsRequest order : ORDERS) {
      try {
        Page<DynamoDbTableBackup> walked = new BackupListing(order).accept(page);
        assertThat(page.items()).containsAll(walked.items());
        assertThat(walked.totalCount()).isEqualTo(page.totalCount());
      } catch (ClumioResponseException expected) {
        assertIsAboutThisAnswer(expected);
      }
    }
  }

  private static void assertIsAboutThisAnswer(ClumioResponseException e) {
    assertThat(e.statusCode()).isEqualTo(200);
    assertThat(e.bodyExcerpt().length()).isLessThanOrEqualTo(ClumioResponseException.MAX_EXCERPT_LENGTH);
  }
}
