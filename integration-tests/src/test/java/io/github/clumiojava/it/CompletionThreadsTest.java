package io.github.clumiojava.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.dynamodb.DynamoDbBackupClientBuilder;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Continuations an application attaches to a returned future never run on the HTTP threads. */
class CompletionThreadsTest extends WireMockTestBase {
  private static final String ERROR = "{\"errors\":[{\"error_code\":1,\"error_message\":\"x\"}]}";

  @Test
  void continuationsRunOnTheClientsCompletionThreadsByDefault() throws Exception {
    wireMock.stubFor(getBackup("b-1").willReturn(backupJson("{}").withFixedDelay(1_000)));

    CompletableFuture<DynamoDbTableBackup> call = client.getBackupAsync("b-1");
    assertThat(call).isNotDone(); // so the continuation below is attached before completion
    String thread = call.thenApply(backup -> Thread.currentThread().getName()).get(5, TimeUnit.SECONDS);

    assertThat(thread).startsWith(DynamoDbBackupClientBuilder.DEFAULT_NAME + "-completion-");
  }

  @Test
  void failuresAreCompletedOnTheCompletionThreadsToo() throws Exception {
    wireMock.stubFor(getBackup("b-1").willReturn(errorJson(404, ERROR).withFixedDelay(1_000)));

    CompletableFuture<DynamoDbTableBackup> call = client.getBackupAsync("b-1");
    assertThat(call).isNotDone();
    String thread = call.handle((backup, error) -> Thread.currentThread().getName()).get(5, TimeUnit.SECONDS);

    assertThat(thread).startsWith(DynamoDbBackupClientBuilder.DEFAULT_NAME + "-completion-");
  }

  @Test
  void anApplicationsExecutorCompletesTheFutures() throws Exception {
    wireMock.stubFor(getBackup("b-1").willReturn(backupJson("{}").withFixedDelay(1_000)));
    ExecutorService mine = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "app-completions"));

    try (DynamoDbBackupClient c = DynamoDbBackupClient.builder().baseUrl(wireMock.baseUrl()).apiToken(TOKEN)
        .completionExecutor(mine).build()) {
      CompletableFuture<DynamoDbTableBackup> call = c.getBackupAsync("b-1");
      assertThat(call).isNotDone();
      String thread = call.thenApply(backup -> Thread.currentThread().getName()).get(5, TimeUnit.SECONDS);

      assertThat(thread).isEqualTo("app-completions");
    } finally {
      mine.shutdownNow();
    }
  }

  @Test
  void aBlockingContinuationDoesNotStallOtherCalls() throws Exception {
    wireMock.stubFor(getBackup("b-1").willReturn(backupJson("{}")));
    wireMock.stubFor(getBackup("slow").willReturn(backupJson("{}").withFixedDelay(1_000)));
    CompletableFuture<Void> release = new CompletableFuture<>();
    CompletableFuture<DynamoDbTableBackup> slow = client.getBackupAsync("slow");
    assertThat(slow).isNotDone();
    CountDownLatch blocking = new CountDownLatch(1);
    // Holds one completion thread until the end of the test.
    CompletableFuture<Object> blocked = slow.thenApply(backup -> {
      blocking.countDown();
      return release.join();
    });
    assertThat(blocking.await(5, TimeUnit.SECONDS)).isTrue();

    for (int i = 0; i < 20; i++) {
      assertThat(client.getBackupAsync("b-1").get(5, TimeUnit.SECONDS)).isNotNull();
    }
    release.complete(null);
    blocked.get(5, TimeUnit.SECONDS);
  }
}
