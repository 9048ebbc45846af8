package io.github.clumiojava.it;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * The list operation of a stateful fake Clumio: it answers {@code GET
 * /backups/aws/dynamodb-tables} from the backups it holds, with the real operation's paging by
 * page number, sort and filter grammar, so that a walk meets what it would meet in production,
 * backups created and expiring between pages included. Applied to the stubs that name it.
 */
final class FakeBackupList implements ResponseDefinitionTransformerV2 {
  static final String NAME = "fake-backup-list";

  /** One backup the fake holds. */
  record Backup(String id, String tableId, Instant started, Instant expires, String type) {
    JsonObject json() {
      JsonObject json = new JsonObject();
      json.addProperty("id", id);
      json.addProperty("table_id", tableId);
      json.addProperty("table_name", "table-" + tableId);
      json.addProperty("type", type);
      if (started != null) {
        json.addProperty("start_timestamp", started.toString());
      }
      if (expires != null) {
        json.addProperty("expiration_timestamp", expires.toString());
      }
      return json;
    }
  }

  private final List<Backup> backups = new CopyOnWriteArrayList<>();
  private volatile Runnable beforeEachPage = () -> { };
  private volatile boolean reportTotal = true;
  private volatile int delayMillis;

  /** Forgets every backup and hook. */
  void reset() {
    backups.clear();
    beforeEachPage = () -> { };
    reportTotal = true;
    delayMillis = 0;
  }

  void add(Backup backup) {
    backups.add(backup);
  }

  void remove(Predicate<Backup> which) {
    backups.removeIf(which);
  }

  List<Backup> backups() {
    return List.copyOf(backups);
  }

  /** Runs before the fake answers each page: to create or expire backups during a walk. */
  void beforeEachPage(Runnable hook) {
    beforeEachPage = hook;
  }

  /** Answers every page this much later. */
  void delayPages(int millis) {
    delayMillis = millis;
  }

  /** Whether pages carry {@code total_count}. */
  void reportTotal(boolean report) {
    reportTotal = report;
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    if (serveEvent.getResponseDefinition().getStatus() != 200) {
      return serveEvent.getResponseDefinition(); // a failure injected by ServerFaults
    }
    beforeEachPage.run();
    var request = serveEvent.getRequest();
    int limit = intParameter(request.queryParameter("limit"), 100);
    int start = intParameter(request.queryParameter("start"), 1);
    String sort = stringParameter(request.queryParameter("sort"), "-start_timestamp");
    JsonObject filter = request.queryParameter("filter").isPresent()
        ? JsonParser.parseString(request.queryParameter("filter").firstValue()).getAsJsonObject() : new JsonObject();

    Comparator<Backup> byStart = Comparator.comparing(Backup::started, Comparator.nullsFirst(Comparator.naturalOrder()));
    List<Backup> matching = backups.stream().filter(b -> matches(b, filter))
        .sorted(sort.equals("start_timestamp") ? byStart : byStart.reversed()).toList();
    int from = Math.min((start - 1) * limit, matching.size());
    int to = Math.min(from + limit, matching.size());

    JsonArray items = new JsonArray();
    matching.subList(from, to).forEach(b -> items.add(b.json()));
    JsonObject embedded = new JsonObject();
    embedded.add("items", items);
    JsonObject links = new JsonObject();
    links.add("_self", link("/backups/aws/dynamodb-tables?start=" + start));
    links.add("_first", link("/backups/aws/dynamodb-tables?start=1"));
    if (to < matching.size()) {
      links.add("_next", link("/backups/aws/dynamodb-tables?start=" + (start + 1)));
    }
    if (start > 1) {
      links.add("_prev", link("/backups/aws/dynamodb-tables?start=" + (start - 1)));
    }
    JsonObject page = new JsonObject();
    page.add("_embedded", embedded);
    page.add("_links", links);
    page.addProperty("current_count", to - from);
    page.addProperty("limit", limit);
    page.addProperty("start", Integer.toString(start));
    if (reportTotal) {
      page.addProperty("total_count", matching.size());
      page.addProperty("total_pages_count", (matching.size() + limit - 1) / limit);
    }
    page.addProperty("filter_applied", filter.toString());
    return ResponseDefinitionBuilder.responseDefinition().withStatus(200).withFixedDelay(delayMillis)
        .withHeader("Content-Type", WireMockTestBase.MEDIA_TYPE).withBody(page.toString()).build();
  }

  private static boolean matches(Backup backup, JsonObject filter) {
    JsonObject table = filter.getAsJsonObject("table_id");
    if (table != null && !table.get("$eq").getAsString().equals(backup.tableId())) {
      return false;
    }
    JsonObject started = filter.getAsJsonObject("start_timestamp");
    if (started != null) {
      if (backup.started() == null) {
        return false;
      }
      JsonElement after = started.get("$gt");
      if (after != null && !backup.started().isAfter(Instant.parse(after.getAsString()))) {
        return false;
      }
      JsonElement atOrBefore = started.get("$lte");
      if (atOrBefore != null && backup.started().isAfter(Instant.parse(atOrBefore.getAsString()))) {
        return false;
      }
    }
    JsonObject type = filter.getAsJsonObject("type");
    if (type != null) {
      List<String> types = new ArrayList<>();
      type.getAsJsonArray("$all").forEach(t -> types.add(t.getAsString()));
      return types.contains(backup.type());
    }
    return true;
  }

  private static JsonObject link(String href) {
    JsonObject link = new JsonObject();
    link.addProperty("href", href);
    return link;
  }

  private static int intParameter(QueryParameter parameter, int absent) {
    return parameter.isPresent() ? Integer.parseInt(parameter.firstValue()) : absent;
  }

  private static String stringParameter(QueryParameter parameter, String absent) {
    return parameter.isPresent() ? parameter.firstValue() : absent;
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public String getName() {
    return NAME;
  }
}
