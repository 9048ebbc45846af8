package io.github.clumiojava.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RateLimitedServerTest {
  private final AtomicLong now = new AtomicLong();
  private final List<String> told = new CopyOnWriteArrayList<>();
  private final RateLimitedServer server = RateLimitedServer.start(new TokenBucket(1, 2, now::get),
      id -> ("{\"id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8),
      (client, admitted) -> told.add(client + (admitted ? " admitted" : " throttled")));
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> get(String path, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anAdmittedReadGetsTheBodyOfItsBackup() throws Exception {
    HttpResponse<String> response = get("/backups/aws/dynamodb-tables/b%2F7?x=1", "t");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue(CannedServer.MEDIA_TYPE);
    assertThat(response.body()).isEqualTo("{\"id\":\"b/7\"}");
  }

  @Test
  void beyondTheBurstRequestsAreAnswered429WithRetryAfterOneSecondAndAnErrorBody() throws Exception {
    get("/backups/aws/dynamodb-tables/a", "t");
    get("/backups/aws/dynamodb-tables/b", "t");

    HttpResponse<String> refused = get("/backups/aws/dynamodb-tables/c", "t");

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(refused.body()).startsWith("{\"errors\":[{\"error_code\":429,");
  }

  @Test
  void aTokenComesBackAfterOneSecondAtOneRequestPerSecond() throws Exception {
    get("/backups/aws/dynamodb-tables/a", "t");
    get("/backups/aws/dynamodb-tables/b", "t");
    now.addAndGet(1_000_000_000L);

    assertThat(get("/backups/aws/dynamodb-tables/c", "t").statusCode()).isEqualTo(200);
    assertThat(get("/backups/aws/dynamodb-tables/d", "t").statusCode()).isEqualTo(429);
  }

  @Test
  void requestsAndRefusalsAreCountedPerBearerToken() throws Exception {
    get("/backups/aws/dynamodb-tables/a", "one");
    get("/backups/aws/dynamodb-tables/b", "two");
    get("/backups/aws/dynamodb-tables/c", "two");
    get("/backups/aws/dynamodb-tables/d", null);

    assertThat(server.clients()).isEqualTo(Map.of(
        "one", new RateLimitedServer.ClientCounts(1, 0),
        "two", new RateLimitedServer.ClientCounts(2, 1),
        RateLimitedServer.NO_TOKEN, new RateLimitedServer.ClientCounts(1, 1)));
    assertThat(server.requests()).isEqualTo(4);
    assertThat(server.throttled()).isEqualTo(2);
    assertThat(told).containsExactly("one admitted", "two admitted", "two throttled", "(no token) throttled");
  }

  @Test
  void anotherPathIsNotFoundButStillTakesAToken() throws Exception {
    assertThat(get("/backups/aws/dynamodb-tables", "t").statusCode()).isEqualTo(404);
    get("/backups/aws/dynamodb-tables/a", "t");

    assertThat(get("/backups/aws/dynamodb-tables/b", "t").statusCode()).isEqualTo(429);
  }
}
