package io.github.clumiojava.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.clumiojava.ClumioServerException;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import io.github.clumiojava.dynamodb.ListBackupsRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The asynchronous listing: a Flow publisher that fetches a page only when demand needs it and
 * stops when cancelled, and the asynchronous latest restorable backup; over HTTP against the
 * fake list operation.
 */
class ListBackupsAsyncTest extends FakeClumioTestBase {
  private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
  private static final String TABLE = "tbl-1";
  private static final Duration BOUND = Duration.ofSeconds(10);

  /** Records what a subscription signals; requests only when told. */
  static final class Recorder implements Flow.Subscriber<DynamoDbTableBackup> {
    final List<String> ids = new CopyOnWriteArrayList<>();
    final CompletableFuture<Void> done = new CompletableFuture<>();
    volatile Flow.Subscription subscription;

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
    }

    @Override
    public void onNext(DynamoDbTableBackup backup) {
      ids.add(backup.id());
    }

    @Override
    public void onError(Throwable failure) {
      done.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
      done.complete(null);
    }
  }

  private static void hold(int count) {
    for (int i = 0; i < count; i++) {
      clumio.addBackup(backup("b-" + i, TABLE, T0.plus(Duration.ofHours(i)), null));
    }
  }

  private static ListBackupsRequest.Builder request() {
    return ListBackupsRequest.builder().tableId(TABLE);
  }

  /** Serves 30 backups and subscribes to them in pages of 10, with no demand yet. */
  private Recorder subscribedToThirtyInPagesOfTen() {
    hold(30);
    Recorder recorder = new Recorder();
    client.listBackupsAsync(request().pageSize(10).build()).subscribe(recorder);
    return recorder;
  }

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + BOUND.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(end);
      Thread.sleep(5);
    }
  }

  @Test
  void creatingAndSubscribingSendNothingUntilThereIsDemand() throws Exception {
    hold(30);
    Recorder recorder = new Recorder();

    client.listBackupsAsync(request().build()).subscribe(recorder);

    assertThat(recorder.subscription).isNotNull();
    Thread.sleep(300); // a fetch started without demand would reach the server within this
    assertThat(requests()).isZero();
  }

  @Test
  void aDemandOfOneFetchesExactlyOnePage() throws Exception {
    Recorder recorder = subscribedToThirtyInPagesOfTen();

    recorder.subscription.request(1);

    await("the first backup", () -> recorder.ids.size() == 1);
    assertThat(recorder.ids).containsExactly("b-29");
    assertThat(requests()).isEqualTo(1);
    recorder.subscription.request(9); // served from the page already fetched
    await("ten backups", () -> recorder.ids.size() == 10);
    assertThat(requests()).isEqualTo(1);
  }

  @Test
  void cancellingCancelsThePageInFlightAndFetchesNoMore() throws Exception {
    Recorder recorder = subscribedToThirtyInPagesOfTen();
    recorder.subscription.request(10);
    await("the first page", () -> recorder.ids.size() == 10);
    clumio.delayNextRequests(10, Duration.ofSeconds(1));
    recorder.subscription.request(20); // the second page is fetched, slowly
    awaitRequests(2, BOUND);

    recorder.subscription.cancel();

    Thread.sleep(1_500); // the second page's answer, had it not been cancelled, and a third request
    assertThat(recorder.ids).hasSize(10);
    assertThat(requests()).isEqualTo(2);
    assertThat(recorder.done).isNotDone();
  }

  @Test
  void closingTheClientMidWalkEndsTheStreamWithIllegalState() throws Exception {
    Recorder recorder = subscribedToThirtyInPagesOfTen();
    recorder.subscription.request(10);
    await("the first page", () -> recorder.ids.size() == 10);

    client.close();
    recorder.subscription.request(10);

    Throwable failure = catchThrowable(() -> recorder.done.get(BOUND.toSeconds(), TimeUnit.SECONDS));
    assertThat(failure).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void anUnboundedDemandWalksEveryBackupOnceAndCompletes() throws Exception {
    hold(250);
    AtomicInteger created = new AtomicInteger(1_000);
    clumio.onEachRequest(request -> clumio.addBackup(backup("new-" + created.getAndIncrement(),
        TABLE, T0.plus(Duration.ofDays(100 + created.get())), null)));
    Recorder recorder = new Recorder();

    client.listBackupsAsync(request().build()).subscribe(recorder);
    recorder.subscription.request(Long.MAX_VALUE);
    recorder.done.get(BOUND.toSeconds(), TimeUnit.SECONDS);

    assertThat(recorder.ids).doesNotHaveDuplicates()
        .containsAll(IntStream.range(0, 250).mapToObj(i -> "b-" + i).toList());
  }

  @Test
  void aPageThatFailsForGoodEndsTheStreamWithTheError() {
    hold(30);
    failRequests(request -> request >= 2, 503);
    Recorder recorder = new Recorder();

    client.listBackupsAsync(request().pageSize(10).build()).subscribe(recorder);
    recorder.subscription.request(Long.MAX_VALUE);
    Throwable failure = catchThrowable(() -> recorder.done.get(BOUND.toSeconds(), TimeUnit.SECONDS));

    assertThat(failure).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(ClumioServerException.class);
    assertThat(recorder.ids).hasSize(10);
  }

  @Test
  void latestRestorableAsyncSkipsExpiredBackupsAndFetchesOnlyWhatItNeeds() throws Exception {
    Instant now = Instant.now();
    for (int i = 0; i < 25; i++) {
      clumio.addBackup(backup("expired-" + i, TABLE, now.minus(Duration.ofMinutes(100 - i)),
          now.minus(Duration.ofMinutes(1))));
    }
    clumio.addBackup(backup("ok", TABLE, now.minus(Duration.ofDays(2)), null));
    clumio.addBackup(backup("older", TABLE, now.minus(Duration.ofDays(3)), null));

    assertThat(client.latestRestorableBackupAsync(TABLE).get(BOUND.toSeconds(), TimeUnit.SECONDS))
        .hasValueSatisfying(b -> assertThat(b.id()).isEqualTo("ok"));
    assertThat(requests()).isEqualTo(2);
  }

  @Test
  void latestRestorableAsyncIsEmptyForATableWithoutBackups() throws Exception {

    assertThat(client.latestRestorableBackupAsync(TABLE).get(BOUND.toSeconds(), TimeUnit.SECONDS)).isEmpty();
  }
}
