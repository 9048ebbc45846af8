package io.github.clumiojava.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.clumiojava.testsupport.OpenApiConformance;
import io.github.clumiojava.testsupport.OpenApiConformance.Answer;
import io.github.clumiojava.testsupport.OpenApiConformance.Exchange;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sandbox answers as openapi.yaml says: every sample backup, every page of its table's list
 * (reached by following the {@code _next} links), and its refusals. Requests go out as plain HTTP
 * so that each whole exchange can be checked.
 */
class SandboxConformanceTest extends CliServers {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String TABLE_FILTER = "{\"table_id\":{\"$eq\":\"" + Sandbox.TABLE_ID + "\"}}";

  private final List<Exchange> exchanges = new ArrayList<>();

  /** GETs a path and query of the sandbox with these headers, and keeps the exchange. */
  private HttpResponse<byte[]> get(String pathAndQuery, Map<String, String> headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + pathAndQuery));
    headers.forEach(request::header);
    HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    Map<String, List<String>> sent = new LinkedHashMap<>();
    headers.forEach((name, value) -> sent.put(name, List.of(value)));
    exchanges.add(new Exchange("GET", pathAndQuery, sent, new Answer(response.statusCode(), response.headers().map(), response.body())));
    return response;
  }

  private HttpResponse<byte[]> get(String pathAndQuery) throws IOException, InterruptedException {
    return get(pathAndQuery, Map.of("Authorization", "Bearer x", "Accept", OpenApiConformance.VENDOR_MEDIA_TYPE));
  }

  @Test
  void everySampleBackupAndTheNotFoundAnswerConform() throws Exception {
    for (String id : Sandbox.SAMPLE_IDS) {
      assertThat(get(LIST_PATH + "/" + id).statusCode()).isEqualTo(200);
    }
    assertThat(get(LIST_PATH + "/no-such-backup").statusCode()).isEqualTo(404);

    assertThat(OpenApiConformance.violationsOf(exchanges, "")).isEmpty();
  }

  @Test
  void everyPageOfTheTablesListFollowedByItsNextLinksConforms() throws Exception {
    String next = LIST_PATH + "?limit=100&filter=" + URLEncoder.encode(TABLE_FILTER, StandardCharsets.UTF_8);
    int items = 0;
    while (next != null) {
      JsonObject page = JsonParser.parseString(new String(get(next).body(), StandardCharsets.UTF_8)).getAsJsonObject();
      items += page.getAsJsonObject("_embedded").getAsJsonArray("items").size();
      JsonObject links = page.getAsJsonObject("_links");
      next = links.has("_next") ? links.getAsJsonObject("_next").get("href").getAsString() : null;
    }
    get(LIST_PATH);
    get(LIST_PATH + "?sort=start_timestamp&limit=7&start=3");

    assertThat(items).isEqualTo(Sandbox.TABLE_BACKUPS);
    assertThat(exchanges).hasSize(3 + 2);
    assertThat(OpenApiConformance.violationsOf(exchanges, "")).isEmpty();
  }

  @Test
  void theRefusalsConform() throws Exception {
    assertThat(get(LIST_PATH + "/" + Sandbox.ACTIVE, Map.of()).statusCode()).isEqualTo(403);
    assertThat(get(LIST_PATH + "?limit=101").statusCode()).isEqualTo(400);

    // The requests break the spec on purpose (no token, a limit out of range); the answers must not.
    assertThat(OpenApiConformance.violationsOf(exchanges, "")).hasSize(2).allMatch(v -> v.contains(": validation.request."));
  }
}
