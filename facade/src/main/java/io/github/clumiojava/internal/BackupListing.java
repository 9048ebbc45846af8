package io.github.clumiojava.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.clumiojava.Page;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import io.github.clumiojava.dynamodb.ListBackupsRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * One walk over the backup list that stays correct while backups are created and expire.
 *
 * <p>The service pages by page number, so a backup created or deleted during a walk shifts the
 * others between pages: walking page 1, 2, 3... repeats some backups and skips others. This walk
 * pages by key instead (keyset paging): every request asks for the first page of the backups
 * beyond the last one yielded, by narrowing the {@code start_timestamp} filter to the start time
 * of that backup (the <em>cursor</em>): {@code $lte cursor} newest first, {@code $gt cursor - 1 s}
 * oldest first. Backups created during the walk are newer than the cursor: newest first they fall
 * outside the filter, oldest first they come at the end. Deletions move nothing the filter has
 * not passed. Backups that share the cursor's start time (within {@link #TIE_WINDOW}) come back
 * and are dropped by id; if a whole page lies in that window, the walk moves on by page number
 * under the same filter. A page without a {@code _next} link ends the walk.
 *
 * <p>Not thread-safe: one walk, one consumer; {@link #nextQuery()} and {@link #accept} alternate.
 */
public final class BackupListing {
  /** Backups this close to the cursor may come back, and are remembered to be dropped. */
  static final Duration TIE_WINDOW = Duration.ofSeconds(1);

  private final ListBackupsRequest request;
  private final Map<String, Instant> seenNearCursor = new HashMap<>();
  private Instant cursor;
  private int page = 1;
  private boolean done;
  private boolean firstPage = true;
  private OptionalLong totalCount = OptionalLong.empty();

  /**
   * Starts a walk. Sends nothing.
   *
   * @param request what to list
   */
  public BackupListing(ListBackupsRequest request) {
    this.request = request;
  }

  /**
   * Walks a listing, page by page, fetching a page only when asked for it. Pages whose backups
   * were all yielded before are skipped; an empty listing gives one empty page.
   *
   * @param request what to list
   * @param fetch fetches one page (with the client's retries and deadline)
   * @return the pages of the backups, each backup once
   */
  public static Iterator<Page<DynamoDbTableBackup>> walk(ListBackupsRequest request,
      Function<PageQuery, BackupPage> fetch) {
    BackupListing listing = new BackupListing(request);
    return new Iterator<>() {
      private Page<DynamoDbTableBackup> next;

      @Override
      public boolean hasNext() {
        while (next == null && !listing.isDone()) {
          boolean first = listing.firstPage;
          Page<DynamoDbTableBackup> fresh = listing.accept(fetch.apply(listing.nextQuery()));
          if (!fresh.items().isEmpty() || first && listing.isDone()) {
            next = fresh;
          }
        }
        return next != null;
      }

      @Override
      public Page<DynamoDbTableBackup> next() {
        if (!hasNext()) {
          throw new NoSuchElementException("no more pages");
        }
        Page<DynamoDbTableBackup> page = next;
        next = null;
        return page;
      }
    };
  }

  /**
   * Walks a listing asynchronously, one page at a time: the pager of a {@link PagingPublisher}.
   * Cancelling the future of a page cancels the fetch in flight.
   *
   * @param request what to list
   * @param fetch starts fetching one page (with the client's retries and deadline)
   * @return the pager of one walk
   */
  public static AsyncPager<DynamoDbTableBackup> asyncWalk(ListBackupsRequest request,
      Function<PageQuery, CompletableFuture<BackupPage>> fetch) {
    BackupListing listing = new BackupListing(request);
    return () -> {
      CompletableFuture<BackupPage> inFlight = fetch.apply(listing.nextQuery());
      CompletableFuture<PageResult<DynamoDbTableBackup>> page = inFlight.thenApply(answer -> {
        Page<DynamoDbTableBackup> fresh = listing.accept(answer);
        return new PageResult<>(fresh.items(), listing.isDone());
      });
      page.whenComplete((result, error) -> {
        if (page.isCancelled()) {
          inFlight.cancel(true);
        }
      });
      return page;
    };
  }

  /**
   * Returns whether the walk is over: the last page has been accepted.
   *
   * @return true when no page is left
   */
  public boolean isDone() {
    return done;
  }

  /**
   * Returns the query for the next page.
   *
   * @return the query
   * @throws IllegalStateException if the walk is over
   */
  public PageQuery nextQuery() {
    if (done) {
      throw new IllegalStateException("the walk is over");
    }
    return new PageQuery(request.pageSize(), page, request.isOldestFirst() ? "start_timestamp" : "-start_timestamp",
        filter());
  }

  /**
   * Takes the answer to {@link #nextQuery()}.
   *
   * @param answer the page the service answered
   * @return the page's backups that this walk has not yielded yet, in the service's order; the
   *     total count is the one the first page gave
   */
  public Page<DynamoDbTableBackup> accept(BackupPage answer) {
    if (firstPage) {
      totalCount = answer.totalCount();
      firstPage = false;
    }
    List<DynamoDbTableBackup> fresh = new ArrayList<>();
    for (DynamoDbTableBackup backup : answer.items()) {
      if (backup.id() == null || !seenNearCursor.containsKey(backup.id())) {
        fresh.add(backup);
      }
    }
    if (!answer.hasNext() || answer.items().isEmpty()) {
      done = true;
    } else {
      advance(answer.items().get(answer.items().size() - 1).startTimestamp());
    }
    remember(fresh);
    return Page.of(fresh, totalCount);
  }

  /** Moves the cursor to the last backup of a page, or to the next page number if it cannot. */
  private void advance(Optional<Instant> last) {
    boolean moves = last.isPresent() && (cursor == null
        || (request.isOldestFirst() ? last.get().isAfter(cursor) : last.get().isBefore(cursor)));
    if (moves) {
      cursor = last.get();
      page = 1;
      seenNearCursor.values().removeIf(started -> !nearCursor(started));
    } else {
      page++; // the page lies at the cursor (or has no start times): go on by number, same filter
    }
  }

  private void remember(List<DynamoDbTableBackup> yielded) {
    for (DynamoDbTableBackup backup : yielded) {
      if (backup.id() == null) {
        continue;
      }
      Instant started = backup.startTimestamp().orElse(null);
      // Without a cursor (or a start time) any backup may come back: remember it.
      if (cursor == null || started == null || nearCursor(started)) {
        seenNearCursor.put(backup.id(), started == null ? Instant.MIN : started);
      }
    }
  }

  private boolean nearCursor(Instant started) {
    return started.equals(Instant.MIN)
        || !started.isBefore(cursor.minus(TIE_WINDOW)) && !started.isAfter(cursor.plus(TIE_WINDOW));
  }

  /** The filter in the API's grammar: the request's conditions, narrowed to the cursor. */
  private String filter() {
    JsonObject filter = new JsonObject();
    request.tableId().ifPresent(id -> filter.add("table_id", condition("$eq", id)));
    Instant after = request.startedAfter().orElse(null);
    Instant atOrBefore = request.startedAtOrBefore().orElse(null);
    if (cursor != null && request.isOldestFirst()) {
      Instant fromCursor = cursor.minus(TIE_WINDOW);
      after = after == null || fromCursor.isAfter(after) ? fromCursor : after;
    } else if (cursor != null) {
      atOrBefore = atOrBefore == null || cursor.isBefore(atOrBefore) ? cursor : atOrBefore;
    }
    if (after != null || atOrBefore != null) {
      JsonObject window = new JsonObject();
      if (after != null) {
        window.addProperty("$gt", after.toString());
      }
      if (atOrBefore != null) {
        window.addProperty("$lte", atOrBefore.toString());
      }
      filter.add("start_timestamp", window);
    }
    request.type().ifPresent(type -> {
      JsonArray types = new JsonArray();
      types.add(type.value());
      JsonObject all = new JsonObject();
      all.add("$all", types);
      filter.add("type", all);
    });
    return filter.size() == 0 ? null : filter.toString();
  }

  private static JsonObject condition(String operator, String value) {
    JsonObject condition = new JsonObject();
    condition.addProperty(operator, value);
    return condition;
  }
}
