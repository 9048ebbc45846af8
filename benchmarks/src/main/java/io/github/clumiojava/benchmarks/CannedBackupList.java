package io.github.clumiojava.benchmarks;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The list operation ({@code GET /backups/aws/dynamodb-tables}) over one fixed set of backups,
 * for a {@link CannedServer}: ids {@code b-0} to {@code b-<n-1>}, newest first, each started one
 * second before the one before it, each a {@linkplain Backups#typical(String, Instant) typical
 * backup} (about 2 KB). It answers the two ways of walking the list:
 *
 * <ul>
 *   <li>by page number: {@code start=k} gives the backups from index {@code (k-1) × pageSize};
 *   <li>by key: a filter {@code {"start_timestamp":{"$lte":t}}} gives the backups from the first
 *       one that started at or before {@code t} ({@code start} then counts pages from there).
 * </ul>
 *
 * <p>A page holds up to {@code pageSize} backups and links {@code _next} unless it ends at the
 * last backup. Any other query (another page size, sort or filter) is answered 400, so that a
 * benchmark cannot silently measure something else.
 *
 * <p>Each page body is rendered once, on first request, and cached by its starting index, so the
 * server's cost is a lookup. A body is therefore the same whichever form of query reached it:
 * {@code total_count} is always the whole list's (a real service would count only the backups
 * matching a {@code $lte} filter; the facade reads it from the first page only, which has no
 * filter), and the hrefs of {@code _links} are those of the page-number form. No client here
 * reads an href.
 */
final class CannedBackupList {
  static final String PATH = "/backups/aws/dynamodb-tables";
  static final String SORT = "-start_timestamp";
  /** The newest backup's start time. */
  static final Instant NEWEST = Instant.parse("2026-11-24T10:15:30.123Z");

  private final int pageSize;
  private final Instant[] started;
  private final JsonObject[] backups;
  private final Map<Integer, byte[]> pages = new ConcurrentHashMap<>();
  private final AtomicLong requests = new AtomicLong();

  /**
   * Builds the backups; renders no page yet.
   *
   * @param count how many backups the list holds
   * @param pageSize the only page size (the query's {@code limit}) answered
   */
  CannedBackupList(int count, int pageSize) {
    this.pageSize = pageSize;
    started = new Instant[count];
    backups = new JsonObject[count];
    for (int i = 0; i < count; i++) {
      started[i] = NEWEST.minusSeconds(i);
      backups[i] = Backups.typical("b-" + i, started[i]);
    }
  }

  /**
   * Returns how many requests have been answered so far.
   *
   * @return the count
   */
  long requests() {
    return requests.get();
  }

  /**
   * Answers one request.
   *
   * @param target the request target, {@code /path?query}
   * @return the whole answer, head and body
   */
  byte[] answer(String target) {
    requests.incrementAndGet();
    int question = target.indexOf('?');
    String path = question < 0 ? target : target.substring(0, question);
    if (!path.equals(PATH)) {
      return error(404, "Not Found", "no operation at " + path);
    }
    Map<String, String> query = new HashMap<>();
    if (question >= 0) {
      for (String pair : target.substring(question + 1).split("&")) {
        int equals = pair.indexOf('=');
        String name = equals < 0 ? pair : pair.substring(0, equals);
        String value = equals < 0 ? "" : pair.substring(equals + 1);
        query.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
      }
    }
    if (!Integer.toString(pageSize).equals(query.getOrDefault("limit", Integer.toString(pageSize)))) {
      return error(400, "Bad Request", "only limit=" + pageSize + " is canned, not " + query.get("limit"));
    }
    if (!SORT.equals(query.getOrDefault("sort", SORT))) {
      return error(400, "Bad Request", "only sort=" + SORT + " is canned, not " + query.get("sort"));
    }
    int page;
    try {
      page = Integer.parseInt(query.getOrDefault("start", "1"));
    } catch (NumberFormatException e) {
      return error(400, "Bad Request", "start is not a number: " + query.get("start"));
    }
    if (page < 1) {
      return error(400, "Bad Request", "start must be 1 or more, not " + page);
    }
    int first = 0;
    String filter = query.get("filter");
    if (filter != null) {
      Instant atOrBefore = atOrBefore(filter);
      if (atOrBefore == null) {
        return error(400, "Bad Request", "only a filter {\"start_timestamp\":{\"$lte\":...}} is canned, not " + filter);
      }
      first = firstAtOrBefore(atOrBefore);
    }
    int from = (int) Math.min(first + (long) (page - 1) * pageSize, started.length);
    return pages.computeIfAbsent(from, this::render);
  }

  /** The bound of a filter that is exactly {@code {"start_timestamp":{"$lte":t}}}, or null. */
  private static Instant atOrBefore(String filter) {
    try {
      JsonObject object = JsonParser.parseString(filter).getAsJsonObject();
      JsonObject window = object.getAsJsonObject("start_timestamp");
      if (!object.keySet().equals(Set.of("start_timestamp")) || !window.keySet().equals(Set.of("$lte"))) {
        return null;
      }
      return Instant.parse(window.get("$lte").getAsString());
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The index of the first (newest) backup that started at or before {@code bound}. */
  private int firstAtOrBefore(Instant bound) {
    int low = 0;
    int high = started.length;
    while (low < high) { // started[] is in descending order
      int middle = (low + high) >>> 1;
      if (started[middle].isAfter(bound)) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  private byte[] render(int from) {
    int to = Math.min(from + pageSize, backups.length);
    JsonArray items = new JsonArray();
    for (int i = from; i < to; i++) {
      items.add(backups[i]);
    }
    JsonObject embedded = new JsonObject();
    embedded.add("items", items);
    JsonObject links = new JsonObject();
    int number = from / pageSize + 1;
    links.add("_self", link(number));
    links.add("_first", link(1));
    links.add("_last", link(Math.max(1, (backups.length + pageSize - 1) / pageSize)));
    if (to < backups.length) {
      links.add("_next", link(number + 1));
    }
    if (number > 1) {
      links.add("_prev", link(number - 1));
    }
    JsonObject page = new JsonObject();
    page.add("_embedded", embedded);
    page.add("_links", links);
    page.addProperty("current_count", to - from);
    page.addProperty("limit", pageSize);
    page.addProperty("total_count", backups.length);
    page.addProperty("total_pages_count", (backups.length + pageSize - 1) / pageSize);
    return CannedServer.response(200, "OK", page.toString().getBytes(StandardCharsets.UTF_8));
  }

  private JsonElement link(int number) {
    JsonObject link = new JsonObject();
    link.addProperty("href", PATH + "?limit=" + pageSize + "&start=" + number);
    link.addProperty("templated", false);
    link.addProperty("type", "get");
    return link;
  }

  private static byte[] error(int status, String reason, String message) {
    JsonObject error = new JsonObject();
    error.addProperty("error_code", status);
    error.addProperty("error_message", message);
    JsonArray errors = new JsonArray();
    errors.add(error);
    JsonObject body = new JsonObject();
    body.add("errors", errors);
    return CannedServer.response(status, reason, body.toString().getBytes(StandardCharsets.UTF_8));
  }
}
