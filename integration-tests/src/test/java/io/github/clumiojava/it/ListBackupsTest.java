package io.github.clumiojava.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.gson.JsonParser;
import io.github.clumiojava.ClumioServerException;
import io.github.clumiojava.Page;
import io.github.clumiojava.PagedIterable;
import io.github.clumiojava.dynamodb.BackupType;
import io.github.clumiojava.dynamodb.DynamoDbBackupClientBuilder;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import io.github.clumiojava.dynamodb.ListBackupsRequest;
import io.github.clumiojava.testkit.RecordedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Listing a table's backups over HTTP against a fake list operation with the real paging: lazy,
 * resilient page by page, correct while backups are created and expire, and in the API's
 * grammar (every request and answer is checked against openapi.yaml).
 */
class ListBackupsTest extends FakeClumioTestBase {
  private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
  private static final String TABLE = "tbl-1";

  @Override
  DynamoDbBackupClientBuilder configure(DynamoDbBackupClientBuilder builder) {
    return builder; // the library's retries: a page that fails once is retried
  }

  /** Backups b-0 (oldest) to b-(n-1) (newest) of {@link #TABLE}, an hour apart. */
  private static void hold(int count) {
    for (int i = 0; i < count; i++) {
      clumio.addBackup(backup(i));
    }
  }

  private static DynamoDbTableBackup backup(int i) {
    return backup("b-" + i, TABLE, T0.plus(Duration.ofHours(i)), null);
  }

  private static ListBackupsRequest.Builder request() {
    return ListBackupsRequest.builder().tableId(TABLE);
  }

  private static List<String> ids(Iterable<DynamoDbTableBackup> backups) {
    List<String> ids = new ArrayList<>();
    backups.forEach(b -> ids.add(b.id()));
    return ids;
  }

  private static List<String> idsFrom(int newest, int oldest) {
    return IntStream.iterate(newest, i -> i >= oldest, i -> i - 1).mapToObj(i -> "b-" + i).toList();
  }

  /** The list requests the fake received, oldest first. */
  private static List<RecordedRequest> listRequests() {
    return clumio.requests().stream().filter(request -> request.path().equals("/backups/aws/dynamodb-tables")).toList();
  }

  @Test
  void creatingTheIterableSendsNothing() {
    hold(5);

    client.listBackups(request().build());

    assertThat(requests()).isZero();
  }

  @Test
  void findFirstSendsExactlyOneRequest() {
    hold(250);

    DynamoDbTableBackup newest = client.listBackups(request().pageSize(10).build()).stream().findFirst().orElseThrow();

    assertThat(newest.id()).isEqualTo("b-249");
    assertThat(requests()).isEqualTo(1);
  }

  @Test
  void stoppingEarlySendsNoFurtherRequest() {
    hold(250);

    List<DynamoDbTableBackup> first = client.listBackups(request().pageSize(10).build()).stream().limit(15).toList();

    assertThat(first).hasSize(15);
    assertThat(requests()).isEqualTo(2);
  }

  @Test
  void aWalkYieldsEveryBackupOnceNewestFirst() {
    hold(250);

    List<String> ids = ids(client.listBackups(request().build()));

    assertThat(ids).containsExactlyElementsOf(idsFrom(249, 0));
    assertThat(requests()).isEqualTo(3);
  }

  @Test
  void oldestFirstYieldsEveryBackupOnceOldestFirst() {
    hold(25);

    List<String> ids = ids(client.listBackups(request().pageSize(10).oldestFirst().build()));

    assertThat(ids).containsExactlyElementsOf(IntStream.range(0, 25).mapToObj(i -> "b-" + i).toList());
  }

  @Test
  void eachIterationWalksAfresh() {
    hold(5);
    PagedIterable<DynamoDbTableBackup> backups = client.listBackups(request().build());

    assertThat(ids(backups)).hasSize(5);
    assertThat(ids(backups)).hasSize(5);
    assertThat(requests()).isEqualTo(2);
  }

  @Test
  void byPageGivesThePagesWithTheTotalCount() {
    hold(25);

    List<Page<DynamoDbTableBackup>> pages = new ArrayList<>();
    client.listBackups(request().pageSize(10).build()).byPage().forEach(pages::add);

    // Each page after the first repeats the backup at its boundary, which the walk drops.
    assertThat(pages).extracting(page -> page.items().size()).containsExactly(10, 9, 6);
    assertThat(pages).allSatisfy(page -> assertThat(page.totalCount()).hasValue(25));
  }

  @Test
  void whileBackupsAreCreatedDuringTheWalkNoneRepeatsAndNoneIsMissed() {
    hold(95);
    AtomicInteger created = new AtomicInteger(1_000);
    // Before every page, a new backup starts: with page numbers, every page would repeat one.
    clumio.onEachRequest(request -> clumio.addBackup(backup(created.getAndIncrement())));

    List<String> ids = ids(client.listBackups(request().pageSize(10).build()));

    assertThat(ids).doesNotHaveDuplicates();
    assertThat(ids).containsAll(idsFrom(94, 0));
  }

  @Test
  void whileBackupsExpireDuringAnOldestFirstWalkNoneThatExistedThroughoutIsMissed() {
    hold(95);
    AtomicInteger oldest = new AtomicInteger();
    AtomicInteger pages = new AtomicInteger();
    // Before every page after the first, the oldest backup expires: with page numbers, every
    // page would skip one (each expiry moves every backup one place forward).
    clumio.onEachRequest(request -> {
      if (pages.getAndIncrement() > 0) {
        String expiring = "b-" + oldest.getAndIncrement();
        clumio.removeBackup(expiring);
      }
    });

    List<String> ids = ids(client.listBackups(request().pageSize(10).oldestFirst().build()));

    assertThat(ids).doesNotHaveDuplicates();
    assertThat(ids).containsAll(IntStream.range(oldest.get(), 95).mapToObj(i -> "b-" + i).toList());
  }

  @Test
  void whileBackupsAreCreatedDuringAnOldestFirstWalkNoneRepeatsAndNoneIsMissed() {
    hold(45);
    AtomicInteger created = new AtomicInteger(1_000);
    clumio.onEachRequest(request -> {
      if (created.get() < 1_003) {
        clumio.addBackup(backup(created.getAndIncrement()));
      }
    });

    List<String> ids = ids(client.listBackups(request().pageSize(10).oldestFirst().build()));

    assertThat(ids).doesNotHaveDuplicates();
    assertThat(ids).containsAll(idsFrom(44, 0));
  }

  @Test
  void backupsThatShareAStartTimeAcrossPagesAreEachYieldedOnce() {
    for (int i = 0; i < 35; i++) {
      clumio.addBackup(backup("same-" + i, TABLE, T0, null));
    }
    hold(5);

    List<String> ids = ids(client.listBackups(request().pageSize(10).build()));

    assertThat(ids).hasSize(40).doesNotHaveDuplicates();
  }

  @Test
  void theFilterAndSortAreSentInTheApisGrammar() {
    Instant after = Instant.parse("2026-11-02T00:00:00Z");
    Instant atOrBefore = Instant.parse("2026-11-03T12:30:00Z");

    client.listBackups(request().startedAfter(after).startedAtOrBefore(atOrBefore).type(BackupType.AWS_SNAPSHOT)
        .pageSize(7).oldestFirst().build()).iterator().hasNext();

    RecordedRequest sent = listRequests().get(0);
    assertThat(sent.queryParameter("sort").orElseThrow()).isEqualTo("start_timestamp");
    assertThat(sent.queryParameter("limit").orElseThrow()).isEqualTo("7");
    assertThat(sent.queryParameter("start").orElseThrow()).isEqualTo("1");
    assertThat(JsonParser.parseString(sent.queryParameter("filter").orElseThrow())).isEqualTo(JsonParser.parseString(
        "{\"table_id\":{\"$eq\":\"tbl-1\"},"
            + "\"start_timestamp\":{\"$gt\":\"2026-11-02T00:00:00Z\",\"$lte\":\"2026-11-03T12:30:00Z\"},"
            + "\"type\":{\"$all\":[\"aws_snapshot\"]}}"));
  }

  @Test
  void newestFirstIsSentExplicitly() {

    client.listBackups(ListBackupsRequest.builder().build()).iterator().hasNext();

    RecordedRequest sent = listRequests().get(0);
    assertThat(sent.queryParameter("sort").orElseThrow()).isEqualTo("-start_timestamp");
    assertThat(sent.queryParameter("filter").isPresent()).isFalse();
  }

  @Test
  void theWindowSelectsTheBackupsThatStartedInIt() {
    hold(48);

    List<String> ids = ids(client.listBackups(request().startedAfter(T0.plus(Duration.ofHours(10)))
        .startedAtOrBefore(T0.plus(Duration.ofHours(20))).pageSize(3).build()));

    assertThat(ids).containsExactlyElementsOf(idsFrom(20, 11));
  }

  @Test
  void anEmptyListingYieldsNothingAndOneEmptyPage() {

    assertThat(client.listBackups(request().build())).isEmpty();
    assertThat(client.listBackups(request().build()).byPage()).singleElement()
        .satisfies(page -> assertThat(page.items()).isEmpty());
  }

  @Test
  void theLastPageIsTheOneWithoutANextLink() {
    hold(19); // page 1: b-18..b-9; page 2 (from b-9 on): b-9..b-0, the last

    assertThat(ids(client.listBackups(request().pageSize(10).build()))).hasSize(19);
    assertThat(requests()).isEqualTo(2);
  }

  @Test
  void aTotalCountThatChangesMidWalkDoesNotEndTheWalk() {
    hold(30);
    AtomicInteger created = new AtomicInteger(1_000);
    clumio.onEachRequest(request -> clumio.addBackup(backup(created.getAndIncrement())));

    List<Page<DynamoDbTableBackup>> pages = new ArrayList<>();
    client.listBackups(request().pageSize(10).build()).byPage().forEach(pages::add);

    assertThat(pages.stream().mapToInt(p -> p.items().size()).sum()).isGreaterThanOrEqualTo(31);
    assertThat(pages).allSatisfy(page -> assertThat(page.totalCount()).isEqualTo(pages.get(0).totalCount()));
  }

  @Test
  void aPageThatFailsOnceIsRetriedAndTheWalkCompletes() {
    hold(25);
    failRequests(request -> request == 2, 503);

    List<String> ids = ids(client.listBackups(request().pageSize(10).build()));

    assertThat(ids).containsExactlyElementsOf(idsFrom(24, 0));
    assertThat(requests()).isEqualTo(4);
  }

  @Test
  void aPageThatFailsForGoodThrowsFromTheIterator() {
    hold(25);
    failRequests(request -> request >= 2, 503);
    Iterator<DynamoDbTableBackup> walk = client.listBackups(request().pageSize(10).build()).iterator();
    for (int i = 0; i < 10; i++) {
      walk.next();
    }

    Throwable failure = catchThrowable(walk::hasNext);

    assertThat(failure).isInstanceOf(ClumioServerException.class);
    assertThat(((ClumioServerException) failure).attempts()).isEqualTo(3);
  }

  @Test
  void latestRestorableSkipsNewerBackupsThatHaveExpired() {
    Instant now = Instant.now();
    clumio.addBackup(backup("old-ok", TABLE, now.minus(Duration.ofDays(3)), now.plus(Duration.ofDays(30))));
    clumio.addBackup(backup("new-expired", TABLE, now.minus(Duration.ofDays(1)), now.minus(Duration.ofHours(1))));

    assertThat(client.latestRestorableBackup(TABLE)).hasValueSatisfying(b -> assertThat(b.id()).isEqualTo("old-ok"));
    assertThat(requests()).isEqualTo(1);
  }

  @Test
  void latestRestorableFetchesNoMorePagesThanNeeded() {
    Instant now = Instant.now();
    for (int i = 0; i < 25; i++) { // the 25 newest have expired: the first page of 20 has none to restore
      clumio.addBackup(backup("expired-" + i, TABLE, now.minus(Duration.ofMinutes(100 - i)),
          now.minus(Duration.ofMinutes(1))));
    }
    for (int i = 0; i < 100; i++) {
      clumio.addBackup(backup("ok-" + i, TABLE, now.minus(Duration.ofDays(2)).minus(Duration.ofMinutes(i)),
          null));
    }

    assertThat(client.latestRestorableBackup(TABLE)).hasValueSatisfying(b -> assertThat(b.id()).isEqualTo("ok-0"));
    assertThat(requests()).isEqualTo(2);
  }

  @Test
  void latestRestorableIsEmptyWhenEveryBackupHasExpired() {
    Instant now = Instant.now();
    clumio.addBackup(backup("gone", TABLE, now.minus(Duration.ofDays(9)), now.minus(Duration.ofDays(2))));

    assertThat(client.latestRestorableBackup(TABLE)).isEmpty();
  }

  @Test
  void closingTheClientMidWalkThrowsIllegalStateFromTheIterator() {
    hold(25);
    Iterator<DynamoDbTableBackup> walk = client.listBackups(request().pageSize(10).build()).iterator();
    for (int i = 0; i < 10; i++) {
      walk.next();
    }

    client.close();

    assertThat(catchThrowable(walk::hasNext)).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
  }
}
