package io.github.clumiojava.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.clumiojava.ClumioResponseException;
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
 * pages by key instead (keyset paging): after a page, it asks for the first page of the backups
 * beyond the start time of that page's last backup (the <em>cursor</em>), by narrowing the
 * {@code start_timestamp} filter to {@code $lte cursor + 1 s} newest first, {@code $gt cursor -
 * 1 s} oldest first. The second of slack ({@link #TIE_WINDOW}) keeps backups that share the
 * cursor's start time, or that the service compares at a coarser precision than it reports, in
 * the next query; they come back, and the walk drops by id every backup it has yielded since the
 * cursor last moved. Backups created during the walk are newer than the cursor: newest first they
 * fall outside the filter, oldest first they come at the end; expiring backups are the oldest,
 * which neither order has passed newest first, and which oldest first are behind the filter. When
 * a page does not carry the walk more than {@link #TIE_WINDOW} beyond the cursor (many backups in
 * one second), the walk goes on by page number under the same filter, so that it stays linear.
 *
 * <p>A page the walk cannot use fails it with {@link ClumioResponseException}: a page out of the
 * requested order, or with backups outside the bounds asked for (a service ignoring the sort or
 * the filter would otherwise repeat or hide backups), or a run of pages that bring nothing new
 * (a service ignoring the page number would otherwise be asked forever). A page without a {@code
 * _next} link ends the walk.
 *
 * <p>Not thread-safe: one walk, one consumer; {@link #nextQuery()} and {@link #accept} alternate.
 *
 * <p>Not API: part of the library's implementation, which may change in any release.
 */
public final class BackupListing {
  /** The slack around the cursor: backups this close to it may come back, and are dropped by id. */
  static final Duration TIE_WINDOW = Duration.ofSeconds(1);

  private final ListBackupsRequest request;
  /** The ids yielded since the cursor last moved, or that are within the window of the cursor. */
  private final Map<String, Instant> yielded = new HashMap<>();
  private Instant cursor;
  private int page = 1;
  private boolean done;
  private boolean firstPage = true;
  private int pagesWithoutProgress;
  private OptionalLong totalCount = OptionalLong.empty();
  private Instant sentAfter;
  private Instant sentAtOrBefore;

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
   * @throws ClumioResponseException if the page is out of the requested order or bounds, or the
   *     service keeps answering pages with nothing new
   */
  public Page<DynamoDbTableBackup> accept(BackupPage answer) {
    checkOrderAndBounds(answer.items());
    if (firstPage) {
      totalCount = answer.totalCount();
      firstPage = false;
    }
    List<DynamoDbTableBackup> fresh = new ArrayList<>();
    for (DynamoDbTableBackup backup : answer.items()) {
      if (backup.id() == null || !yielded.containsKey(backup.id())) {
        fresh.add(backup);
      }
    }
    for (DynamoDbTableBackup backup : fresh) {
      if (backup.id() != null) {
        yielded.put(backup.id(), backup.startTimestamp().orElse(null));
      }
    }
    if (!answer.hasNext()) {
      done = true;
    } else {
      advance(answer.items().isEmpty() ? Optional.empty() : answer.items().get(answer.items().size() - 1).startTimestamp());
      pagesWithoutProgress = fresh.isEmpty() && page > 1 ? pagesWithoutProgress + 1 : 0;
      if (pagesWithoutProgress > MAX_PAGES_WITHOUT_PROGRESS) {
        throw new ClumioResponseException("listBackups: the service answered " + pagesWithoutProgress
            + " pages in a row with no backup this walk had not seen, though each linked a next page;"
            + " it may ignore the page number", 200, "", null);
      }
    }
    return Page.of(fresh, totalCount);
  }

  /** The most pages in a row that may bring nothing new (one per backup the cursor's second holds, at most). */
  static final int MAX_PAGES_WITHOUT_PROGRESS = 100;

  /**
   * Moves the cursor to the last backup of a page when that carries the walk beyond the cursor's
   * window; otherwise goes on by page number under the same filter.
   */
  private void advance(Optional<Instant> last) {
    boolean beyondWindow = last.isPresent() && (cursor == null || (request.isOldestFirst()
        ? last.get().isAfter(cursor.plus(TIE_WINDOW)) : last.get().isBefore(cursor.minus(TIE_WINDOW))));
    if (!beyondWindow) {
      page++;
      return;
    }
    cursor = last.get();
    page = 1;
    // Only what the next filter lets back in can come back: forget the rest.
    yielded.values().removeIf(started -> started != null && (request.isOldestFirst()
        ? !started.isAfter(cursor.minus(TIE_WINDOW)) : started.isAfter(cursor.plus(TIE_WINDOW))));
  }

  /** Refuses a page a keyset walk cannot trust. Backups without a start time are not checked. */
  private void checkOrderAndBounds(List<DynamoDbTableBackup> items) {
    Instant previous = null;
    for (DynamoDbTableBackup backup : items) {
      Instant started = backup.startTimestamp().orElse(null);
      if (started == null) {
        continue;
      }
      if (previous != null && (request.isOldestFirst() ? started.isBefore(previous) : started.isAfter(previous))) {
        throw unusable("its backups are not " + (request.isOldestFirst() ? "oldest" : "newest") + " first");
      }
      if (sentAfter != null && !started.isAfter(sentAfter) || sentAtOrBefore != null && started.isAfter(sentAtOrBefore)) {
        throw unusable("backup '" + backup.id() + "' started " + started + ", outside the filter's start_timestamp bounds");
      }
      previous = started;
    }
  }

  private static ClumioResponseException unusable(String why) {
    return new ClumioResponseException("listBackups: the service answered a page this walk cannot use: " + why
        + " (the sort or filter was not applied)", 200, "", null);
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
      Instant toCursor = cursor.plus(TIE_WINDOW);
      atOrBefore = atOrBefore == null || toCursor.isBefore(atOrBefore) ? toCursor : atOrBefore;
    }
    sentAfter = after;
    sentAtOrBefore = atOrBefore;
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
