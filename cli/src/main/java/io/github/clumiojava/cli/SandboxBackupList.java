package io.github.clumiojava.cli;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The backups of the sandbox, served as the Clumio API serves them: a WireMock response
 * transformer that answers the list operation ({@code GET /backups/aws/dynamodb-tables}) and
 * reads a listed backup by id ({@code GET /backups/aws/dynamodb-tables/{backup_id}}) from the
 * backups in the class-path resource {@value #RESOURCE}.
 *
 * <p>The list follows the real operation, as {@code openapi.yaml} describes it: pages by number
 * ({@code limit} 1 to 100, default 100; {@code start} from 1), {@code sort} {@code
 * -start_timestamp} (newest first, the default) or {@code start_timestamp}, and the {@code filter}
 * grammar: {@code table_id} with {@code $eq}, {@code start_timestamp} with {@code $gt} and {@code
 * $lte} (RFC 3339), {@code type} with {@code $all} and a list of types (a backup of any listed type
 * matches). A page has {@code _embedded.items}, the {@code _links} {@code _self}, {@code _first},
 * {@code _last}, and {@code _next} and {@code _prev} where there is such a page, {@code
 * current_count}, {@code limit}, {@code start}, {@code total_count}, {@code total_pages_count} and
 * {@code filter_applied}. So a client that narrows the filter from page to page (as the library's
 * keyset walk does) meets what it would meet in production. A parameter the grammar does not
 * allow is answered with 400 and Clumio's error body naming it.
 *
 * <p>The resource holds a {@code common} object and a list of {@code backups}: each backup is
 * {@code common} overlaid with its own fields, in the API's field names, except that {@code
 * start_timestamp} and {@code expiration_timestamp} are ISO 8601 durations from the moment the
 * sandbox is loaded ({@code -PT2H}: two hours before). They are turned into instants once, at
 * load, so that the list does not move under a client that walks it.
 *
 * <p>It applies to the stubs that name it ({@value #NAME}). For a backup id it does not hold, it
 * returns the stub's own answer (the sandbox's stub answers 404). Thread-safe: the backups never
 * change after load.
 */
public final class SandboxBackupList implements ResponseDefinitionTransformerV2 {
  /** The name stubs give in {@code "transformers"} to be answered by this transformer. */
  public static final String NAME = "sandbox-backup-list";
  /** The class-path resource of the backups. */
  public static final String RESOURCE = "/sandbox/backups.json";
  /** The {@code error_code} of a 400 answer to a parameter the operation does not accept. */
  static final long BAD_PARAMETER_CODE = 400;

  private static final String LIST_PATH = "/backups/aws/dynamodb-tables";
  private static final String MEDIA_TYPE = "application/api.clumio.backup-aws-dynamodb-tables=v1+json";
  private static final int DEFAULT_LIMIT = 100;
  private static final int MAX_LIMIT = 100;
  private static final String NEWEST_FIRST = "-start_timestamp";
  private static final String OLDEST_FIRST = "start_timestamp";
  private static final Pattern PAGE_NUMBER = Pattern.compile("[1-9][0-9]*");
  private static final Pattern LIMIT = Pattern.compile("[0-9]{1,3}");
  private static final Set<String> TYPES = Set.of("clumio_backup", "aws_snapshot");
  /** Page numbers beyond this are all past the end; parsed as this, they cannot overflow. */
  private static final long FAR_PAGE = 1_000_000_000_000L;

  /** One backup the sandbox holds: its API representation and what the list sorts and filters by. */
  private record Backup(String id, String tableId, String type, Instant started, JsonObject json) {}

  private final List<Backup> backups;
  private final Map<String, Backup> byId = new LinkedHashMap<>();

  private SandboxBackupList(List<Backup> backups) {
    this.backups = List.copyOf(backups);
    backups.forEach(backup -> byId.put(backup.id(), backup));
  }

  /**
   * Loads the backups of {@value #RESOURCE}, their times counted from the clock's present
   * (truncated to whole seconds).
   *
   * @param clock the clock whose present the resource's durations are counted from
   * @return the transformer, to register with WireMock as an extension
   * @throws IllegalStateException if the resource is missing or not as described above
   */
  public static SandboxBackupList load(Clock clock) {
    String text;
    try (InputStream in = SandboxBackupList.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the class path");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return parse(JsonParser.parseString(text).getAsJsonObject(), clock.instant().truncatedTo(ChronoUnit.SECONDS));
    } catch (RuntimeException e) {
      throw new IllegalStateException(RESOURCE + " is not a valid list of sandbox backups: " + e, e);
    }
  }

  private static SandboxBackupList parse(JsonObject resource, Instant now) {
    JsonObject common = resource.getAsJsonObject("common");
    List<Backup> backups = new ArrayList<>();
    for (JsonElement element : resource.getAsJsonArray("backups")) {
      JsonObject own = element.getAsJsonObject();
      String id = own.get("id").getAsString();
      JsonObject json = new JsonObject();
      json.add("_links", links(id));
      own.entrySet().forEach(field -> json.add(field.getKey(), field.getValue().deepCopy()));
      common.entrySet().stream().filter(field -> !own.has(field.getKey()))
          .forEach(field -> json.add(field.getKey(), field.getValue().deepCopy()));
      Instant started = resolve(json, "start_timestamp", now);
      resolve(json, "expiration_timestamp", now);
      backups.add(new Backup(id, string(json, "table_id"), string(json, "type"), started, json));
    }
    return new SandboxBackupList(backups);
  }

  /** Replaces a duration from now by the instant it names; returns the instant, or null if absent. */
  private static Instant resolve(JsonObject json, String field, Instant now) {
    if (!json.has(field)) {
      return null;
    }
    Instant instant = now.plus(Duration.parse(json.get(field).getAsString()));
    json.addProperty(field, instant.toString());
    return instant;
  }

  private static String string(JsonObject json, String field) {
    return json.has(field) && !json.get(field).isJsonNull() ? json.get(field).getAsString() : null;
  }

  /** A backup's links, as the read operation has them. */
  private static JsonObject links(String id) {
    JsonObject links = new JsonObject();
    links.add("_self", link(LIST_PATH + "/" + id, "get"));
    links.add("restore-aws-dynamodb-table", link("/restores/aws/dynamodb-tables", "post"));
    links.add("restore-aws-dynamodb-records", link("/restores/aws/dynamodb-tables/records", "post"));
    return links;
  }

  /**
   * Returns the backups, oldest first, as the read operation returns them.
   *
   * @return copies of the backups' JSON
   */
  List<JsonObject> backups() {
    return backups.stream()
        .sorted(Comparator.comparing(Backup::started, Comparator.nullsFirst(Comparator.naturalOrder())))
        .map(backup -> backup.json().deepCopy()).toList();
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    Request request = serveEvent.getRequest();
    String path = path(request.getUrl());
    if (LIST_PATH.equals(path)) {
      return page(request);
    }
    Backup backup = path == null || !path.startsWith(LIST_PATH + "/") ? null
        : byId.get(path.substring(LIST_PATH.length() + 1));
    return backup == null ? serveEvent.getResponseDefinition() : ok(backup.json());
  }

  private static String path(String url) {
    try {
      return URI.create(url).getPath();
    } catch (IllegalArgumentException e) {
      return null; // not a URL this transformer answers
    }
  }

  /** One page of the list, or a 400 naming the parameter that breaks the grammar. */
  private ResponseDefinition page(Request request) {
    String limitText = parameter(request, "limit");
    if (limitText != null && (!LIMIT.matcher(limitText).matches()
        || Integer.parseInt(limitText) < 1 || Integer.parseInt(limitText) > MAX_LIMIT)) {
      return badParameter("limit must be a whole number from 1 to " + MAX_LIMIT + ", not '" + limitText + "'");
    }
    String startText = parameter(request, "start");
    if (startText != null && !PAGE_NUMBER.matcher(startText).matches()) {
      return badParameter("start must be a page number from 1, not '" + startText + "'");
    }
    String sort = parameter(request, "sort");
    if (sort != null && !sort.equals(NEWEST_FIRST) && !sort.equals(OLDEST_FIRST)) {
      return badParameter("sort must be " + OLDEST_FIRST + " or " + NEWEST_FIRST + ", not '" + sort + "'");
    }
    String filterText = parameter(request, "filter");
    Predicate<Backup> filter;
    try {
      filter = filterText == null ? backup -> true : filter(filterText);
    } catch (BadFilterException e) {
      return badParameter("filter: " + e.getMessage());
    }

    int limit = limitText == null ? DEFAULT_LIMIT : Integer.parseInt(limitText);
    long start = startText == null ? 1 : startText.length() > 12 ? FAR_PAGE : Long.parseLong(startText);
    Comparator<Backup> oldestFirst = Comparator.comparing(Backup::started, Comparator.nullsFirst(Comparator.naturalOrder()));
    List<Backup> matching = backups.stream().filter(filter)
        .sorted(OLDEST_FIRST.equals(sort) ? oldestFirst : oldestFirst.reversed()).toList();
    int from = (int) Math.min((start - 1) * limit, matching.size());
    int to = Math.min(from + limit, matching.size());
    long pages = Math.max(1, (matching.size() + limit - 1) / limit);

    JsonArray items = new JsonArray();
    matching.subList(from, to).forEach(backup -> items.add(backup.json().deepCopy()));
    JsonObject embedded = new JsonObject();
    embedded.add("items", items);
    JsonObject links = new JsonObject();
    links.add("_self", pageLink(request, start));
    links.add("_first", pageLink(request, 1));
    links.add("_last", pageLink(request, pages));
    if (to < matching.size()) {
      links.add("_next", pageLink(request, start + 1));
    }
    if (start > 1) {
      links.add("_prev", pageLink(request, Math.min(start - 1, pages)));
    }
    JsonObject page = new JsonObject();
    page.add("_embedded", embedded);
    page.add("_links", links);
    page.addProperty("current_count", to - from);
    page.addProperty("limit", limit);
    page.addProperty("start", startText == null ? "1" : startText);
    page.addProperty("total_count", matching.size());
    page.addProperty("total_pages_count", pages);
    page.addProperty("filter_applied", filterText == null ? "{}" : JsonParser.parseString(filterText).toString());
    return ok(page);
  }

  /** The filter in the API's grammar, as a test of a backup. */
  private static Predicate<Backup> filter(String text) throws BadFilterException {
    JsonElement parsed;
    try {
      parsed = JsonParser.parseString(text);
    } catch (JsonParseException e) {
      throw new BadFilterException("not JSON");
    }
    if (!parsed.isJsonObject()) {
      throw new BadFilterException("must be a JSON object of the form {\"<field>\": {\"$<operator>\": value}}");
    }
    Predicate<Backup> filter = backup -> true;
    for (Map.Entry<String, JsonElement> field : parsed.getAsJsonObject().entrySet()) {
      if (!field.getValue().isJsonObject() || field.getValue().getAsJsonObject().size() == 0) {
        throw new BadFilterException(field.getKey() + " must map operators to values");
      }
      for (Map.Entry<String, JsonElement> condition : field.getValue().getAsJsonObject().entrySet()) {
        filter = filter.and(condition(field.getKey(), condition.getKey(), condition.getValue()));
      }
    }
    return filter;
  }

  private static Predicate<Backup> condition(String field, String operator, JsonElement value) throws BadFilterException {
    String where = field + " " + operator;
    switch (field + " " + operator) {
      case "table_id $eq" -> {
        String tableId = text(value, where);
        return backup -> tableId.equals(backup.tableId());
      }
      case "start_timestamp $gt" -> {
        Instant after = timestamp(value, where);
        return backup -> backup.started() != null && backup.started().isAfter(after);
      }
      case "start_timestamp $lte" -> {
        Instant atOrBefore = timestamp(value, where);
        return backup -> backup.started() != null && !backup.started().isAfter(atOrBefore);
      }
      case "type $all" -> {
        if (!value.isJsonArray() || value.getAsJsonArray().isEmpty()) {
          throw new BadFilterException(where + " takes a list of types");
        }
        List<String> types = new ArrayList<>();
        for (JsonElement type : value.getAsJsonArray()) {
          String name = text(type, where);
          if (!TYPES.contains(name)) {
            throw new BadFilterException(where + ": unknown type '" + name + "'; use clumio_backup or aws_snapshot");
          }
          types.add(name);
        }
        return backup -> types.contains(backup.type());
      }
      default -> throw new BadFilterException("cannot filter by " + where
          + "; filterable: table_id $eq, start_timestamp $gt and $lte, type $all");
    }
  }

  private static String text(JsonElement value, String where) throws BadFilterException {
    if (!(value instanceof JsonPrimitive primitive) || !primitive.isString()) {
      throw new BadFilterException(where + " takes a string");
    }
    return primitive.getAsString();
  }

  private static Instant timestamp(JsonElement value, String where) throws BadFilterException {
    String text = text(value, where);
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new BadFilterException(where + " takes an RFC 3339 timestamp, not '" + text + "'");
    }
  }

  private static String parameter(Request request, String name) {
    QueryParameter parameter = request.queryParameter(name);
    return parameter.isPresent() ? parameter.firstValue() : null;
  }

  /** A link to another page of the same list: the request's parameters, another page number. */
  private static JsonObject pageLink(Request request, long start) {
    StringBuilder href = new StringBuilder(LIST_PATH).append("?start=").append(start);
    for (String name : List.of("limit", "sort", "filter")) {
      String value = parameter(request, name);
      if (value != null) {
        href.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
      }
    }
    return link(href.toString(), "get");
  }

  private static JsonObject link(String href, String method) {
    JsonObject link = new JsonObject();
    link.addProperty("href", href);
    link.addProperty("templated", false);
    link.addProperty("type", method);
    return link;
  }

  private static ResponseDefinition ok(JsonObject body) {
    return ResponseDefinitionBuilder.responseDefinition().withStatus(200)
        .withHeader("Content-Type", MEDIA_TYPE).withBody(body.toString()).build();
  }

  private static ResponseDefinition badParameter(String message) {
    JsonObject error = new JsonObject();
    error.addProperty("error_code", BAD_PARAMETER_CODE);
    error.addProperty("error_message", message);
    JsonArray errors = new JsonArray();
    errors.add(error);
    JsonObject body = new JsonObject();
    body.add("errors", errors);
    return ResponseDefinitionBuilder.responseDefinition().withStatus(400)
        .withHeader("Content-Type", "application/json").withBody(body.toString()).build();
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }

  @Override
  public String getName() {
    return NAME;
  }

  /** A filter outside the operation's grammar. */
  private static final class BadFilterException extends Exception {
    private static final long serialVersionUID = 1L;

    BadFilterException(String message) {
      super(message, null, false, false);
    }
  }

  @Override
  public String toString() {
    return "SandboxBackupList[" + backups.size() + " backups]";
  }
}
