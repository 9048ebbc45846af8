package io.github.clumiojava.it;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.github.clumiojava.dynamodb.BackupType;
import io.github.clumiojava.dynamodb.ListBackupsRequest;
import io.github.clumiojava.testsupport.OpenApiConformance;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * For any settings, {@link ListBackupsRequest.Builder} either refuses one with the
 * IllegalArgumentException or NullPointerException its Javadoc names, saying which setting,
 * before any request; or {@code listBackups} sends a first request whose query conforms to
 * openapi.yaml and, decoded as a server decodes it, says exactly what the request asked for:
 * the filter's table id, start-time bounds (as RFC 3339 timestamps) and type, the page size and
 * the order. A coverage-guided fuzz test (Jazzer): {@code ./mvnw verify} replays its committed
 * inputs, in {@code src/test/resources/io/github/clumiojava/it/ListFilterFuzzTestInputs/<method>/};
 * the README's "Fuzzing" section says how to fuzz it for a while.
 */
class ListFilterFuzzTest {
  private static final String LIST_PATH = "/backups/aws/dynamodb-tables";
  private static final Pattern RFC_3339_UTC =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z");
  private static final String EMPTY_LAST_PAGE =
      "{\"_embedded\":{\"items\":[]},\"_links\":{},\"current_count\":0,\"total_count\":0}";
  private static OneAnswerServer stub;

  @BeforeAll
  static void start() {
    stub = new OneAnswerServer(EMPTY_LAST_PAGE);
  }

  @AfterAll
  static void stop() {
    stub.close();
  }

  /**
   * An input is the table id at its start ({@link FuzzedText}), then at its end, read backwards:
   * for each setting in the builder's order, whether to set it and whether to set it to null,
   * then its value (an instant as epoch seconds in seven bytes and nanoseconds in four, a type as
   * its index, a page size in four bytes).
   */
  @FuzzTest
  void settingsAreRefusedBeforeAnyRequestOrSentAsTheyWereAskedFor(FuzzedDataProvider data) {
    stub.server.resetRequests();
    ListBackupsRequest.Builder builder = ListBackupsRequest.builder();
    String setting = null;
    try {
      if (data.consumeBoolean()) {
        setting = "tableId";
        builder.tableId(data.consumeBoolean() ? null : FuzzedText.string(data, 300));
      }
      if (data.consumeBoolean()) {
        setting = "startedAfter";
        builder.startedAfter(data.consumeBoolean() ? null : instant(data));
      }
      if (data.consumeBoolean()) {
        setting = "startedAtOrBefore";
        builder.startedAtOrBefore(data.consumeBoolean() ? null : instant(data));
      }
      if (data.consumeBoolean()) {
        setting = "type";
        builder.type(data.consumeBoolean() ? null : data.pickValue(BackupType.values()));
      }
      if (data.consumeBoolean()) {
        setting = "pageSize";
        builder.pageSize(data.consumeInt());
      }
      if (data.consumeBoolean()) {
        builder.oldestFirst();
      }
    } catch (IllegalArgumentException | NullPointerException refused) {
      assertThat(refused).hasMessageContaining(setting);
      assertThat(stub.server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
      return;
    }
    ListBackupsRequest request = builder.build();

    assertThat(stub.client.listBackups(request)).isEmpty();

    List<ServeEvent> events = stub.server.getAllServeEvents();
    assertThat(events).hasSize(1);
    assertThat(OpenApiConformance.violations(events, true, "")).isEmpty();
    String url = events.get(0).getRequest().getUrl();
    assertThat(url).startsWith(LIST_PATH + "?");
    Map<String, List<String>> query = OpenApiConformance.queryParameters(url);
    assertThat(query).containsEntry("limit", List.of(Integer.toString(request.pageSize())))
        .containsEntry("start", List.of("1"))
        .containsEntry("sort", List.of(request.isOldestFirst() ? "start_timestamp" : "-start_timestamp"));
    assertThat(query.keySet()).isSubsetOf(Set.of("limit", "start", "sort", "filter"));
    assertFilter(query.get("filter"), request);
  }

  /** The filter parameter says exactly what the request asked for, and is absent when it asks for nothing. */
  private static void assertFilter(List<String> filter, ListBackupsRequest request) {
    JsonObject expected = new JsonObject();
    request.tableId().ifPresent(id -> expected.add("table_id", object("$eq", new JsonPrimitive(id))));
    if (request.startedAfter().isPresent() || request.startedAtOrBefore().isPresent()) {
      JsonObject window = new JsonObject();
      request.startedAfter().ifPresent(after -> window.addProperty("$gt", after.toString()));
      request.startedAtOrBefore().ifPresent(atOrBefore -> window.addProperty("$lte", atOrBefore.toString()));
      expected.add("start_timestamp", window);
    }
    request.type().ifPresent(type -> {
      JsonArray types = new JsonArray();
      types.add(type.value());
      expected.add("type", object("$all", types));
    });
    if (expected.size() == 0) {
      assertThat(filter).as("the filter of a request that asks for every backup").isNull();
      return;
    }
    assertThat(filter).hasSize(1);
    JsonObject sent = JsonParser.parseString(filter.get(0)).getAsJsonObject();
    assertThat(sent).isEqualTo(expected);
    if (sent.has("start_timestamp")) {
      for (Map.Entry<String, JsonElement> bound : sent.getAsJsonObject("start_timestamp").entrySet()) {
        assertThat(bound.getValue().getAsString()).as("the %s bound", bound.getKey()).matches(RFC_3339_UTC);
      }
    }
  }

  private static Instant instant(FuzzedDataProvider data) {
    return Instant.ofEpochSecond(data.consumeLong(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()),
        data.consumeInt(0, 999_999_999));
  }

  private static JsonObject object(String name, JsonElement value) {
    JsonObject object = new JsonObject();
    object.add(name, value);
    return object;
  }
}
