package io.github.clumiojava.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.clumiojava.ClumioResponseException;
import io.github.clumiojava.dynamodb.BackupType;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import io.github.clumiojava.dynamodb.ListBackupsRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The keyset walk against an in-memory list operation that applies the filter, sort and page
 * number as the spec says, or fails to: every backup once, a linear number of requests, and a
 * loud failure where a service breaks the rules.
 */
class BackupListingTest {
  private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

  private static DynamoDbTableBackup backup(String id, Instant started) {
    return DynamoDbTableBackup.builder().id(id).tableId("t").type(BackupType.CLUMIO_BACKUP).startTimestamp(started).build();
  }

  /** An in-memory list operation; counts the pages it answers. */
  private static class Server implements Function<PageQuery, BackupPage> {
    final List<DynamoDbTableBackup> backups = new ArrayList<>();
    int pages;
    boolean ignorePageNumber;
    boolean ignoreFilter;

    @Override
    public BackupPage apply(PageQuery query) {
      pages++;
      JsonObject filter = query.filter() == null ? new JsonObject() : JsonParser.parseString(query.filter()).getAsJsonObject();
      JsonObject started = filter.getAsJsonObject("start_timestamp");
      Comparator<DynamoDbTableBackup> order = Comparator.comparing(b -> b.startTimestamp().orElseThrow());
      List<DynamoDbTableBackup> matching = backups.stream()
          .filter(b -> ignoreFilter || started == null || within(b.startTimestamp().orElseThrow(), started))
          .sorted(query.sort().equals("start_timestamp") ? order : order.reversed()).toList();
      int page = ignorePageNumber ? 1 : query.page();
      int from = Math.min((page - 1) * query.limit(), matching.size());
      int to = Math.min(from + query.limit(), matching.size());
      return new BackupPage(matching.subList(from, to), to < matching.size(), OptionalLong.of(matching.size()));
    }

    private static boolean within(Instant started, JsonObject bounds) {
      return (!bounds.has("$gt") || started.isAfter(Instant.parse(bounds.get("$gt").getAsString())))
          && (!bounds.has("$lte") || !started.isAfter(Instant.parse(bounds.get("$lte").getAsString())));
    }
  }

  private static List<String> walk(ListBackupsRequest request, Server server) {
    return walkWith(request, server);
  }

  @Test
  void backupsMilliSecondsApartAreWalkedOldestFirstInALinearNumberOfRequests() {
    Server server = new Server();
    for (int i = 0; i < 1_000; i++) {
      server.backups.add(backup("b-" + i, T0.plusMillis(i)));
    }

    List<String> ids = walk(ListBackupsRequest.builder().oldestFirst().build(), server);

    assertThat(ids).hasSize(1_000).doesNotHaveDuplicates();
    assertThat(server.pages).isLessThanOrEqualTo(12);
  }

  @Test
  void backupsMilliSecondsApartAreWalkedNewestFirstInALinearNumberOfRequests() {
    Server server = new Server();
    for (int i = 0; i < 1_000; i++) {
      server.backups.add(backup("b-" + i, T0.plusMillis(i)));
    }

    List<String> ids = walk(ListBackupsRequest.builder().build(), server);

    assertThat(ids).hasSize(1_000).doesNotHaveDuplicates();
    assertThat(server.pages).isLessThanOrEqualTo(12);
  }

  @Test
  void aServiceThatReportsWholeSecondsButComparesFinerTimesLosesNothingNewestFirst() {
    Server server = new Server() {
      @Override
      public BackupPage apply(PageQuery query) {
        BackupPage page = super.apply(query);
        // The answer shows start times cut to the second; the filter compared the full ones.
        return new BackupPage(page.items().stream()
            .map(b -> backup(b.id(), b.startTimestamp().orElseThrow().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)))
            .toList(), page.hasNext(), page.totalCount());
      }
    };
    for (int i = 0; i < 300; i++) {
      server.backups.add(backup("b-" + i, T0.plusMillis(137L * i)));
    }

    List<String> ids = walk(ListBackupsRequest.builder().pageSize(10).build(), server);

    assertThat(new HashSet<>(ids)).hasSize(300);
  }

  @Test
  void manyBackupsWithOneStartTimeAreEachYieldedOnce() {
    Server server = new Server();
    for (int i = 0; i < 250; i++) {
      server.backups.add(backup("same-" + i, T0));
    }

    List<String> ids = walk(ListBackupsRequest.builder().build(), server);

    assertThat(ids).hasSize(250).doesNotHaveDuplicates();
  }

  @Test
  void aServiceThatIgnoresThePageNumberFailsTheWalkInsteadOfLoopingForever() {
    Server server = new Server();
    server.ignorePageNumber = true;
    for (int i = 0; i < 150; i++) {
      server.backups.add(backup("same-" + i, T0));
    }

    assertThatThrownBy(() -> walk(ListBackupsRequest.builder().build(), server))
        .isInstanceOf(ClumioResponseException.class).hasMessageContaining("may ignore the page number");
    assertThat(server.pages).isLessThanOrEqualTo(BackupListing.MAX_PAGES_WITHOUT_PROGRESS + 3);
  }

  @Test
  void aServiceThatIgnoresTheFilterFailsTheWalkInsteadOfRepeatingBackups() {
    Server server = new Server();
    server.ignoreFilter = true;
    for (int i = 0; i < 30; i++) {
      server.backups.add(backup("b-" + i, T0.plus(Duration.ofHours(i))));
    }

    assertThatThrownBy(() -> walk(ListBackupsRequest.builder().pageSize(10).build(), server))
        .isInstanceOf(ClumioResponseException.class).hasMessageContaining("outside the filter");
  }

  @Test
  void aPageOutOfTheRequestedOrderFailsTheWalk() {
    Function<PageQuery, BackupPage> wrongOrder = query -> new BackupPage(
        List.of(backup("old", T0), backup("new", T0.plusSeconds(60))), true, OptionalLong.empty());

    assertThatThrownBy(() -> walkWith(ListBackupsRequest.builder().build(), wrongOrder))
        .isInstanceOf(ClumioResponseException.class).hasMessageContaining("not newest first");
  }

  @Test
  void anEmptyPageWithANextLinkGoesOnToTheNextPage() {
    Set<Integer> asked = new HashSet<>();
    Function<PageQuery, BackupPage> holey = query -> {
      asked.add(query.page());
      return query.page() == 1 ? new BackupPage(List.of(), true, OptionalLong.empty())
          : new BackupPage(List.of(backup("b-1", T0)), false, OptionalLong.empty());
    };

    List<String> ids = walkWith(ListBackupsRequest.builder().build(), holey);

    assertThat(ids).containsExactly("b-1");
    assertThat(asked).containsExactlyInAnyOrder(1, 2);
  }

  private static List<String> walkWith(ListBackupsRequest request, Function<PageQuery, BackupPage> fetch) {
    List<String> ids = new ArrayList<>();
    BackupListing.walk(request, fetch).forEachRemaining(page -> page.items().forEach(b -> ids.add(b.id())));
    return ids;
  }
}
