package consumer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.clumiojava.ClumioException;
import io.github.clumiojava.ClumioNotFoundException;
import io.github.clumiojava.ClumioServerException;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import io.github.resilience4j.retry.Retry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A module that uses the client as an application would, against a local server, and prints
 * what it saw: one line per check, read by ModuleBoundaryTest.
 */
public final class Main {
  private static final String BACKUP = "{\"id\":\"b-1\",\"table_name\":\"orders\",\"item_count\":42,"
      + "\"billing_mode\":\"PROVISIONED\",\"tags\":[{\"key\":\"team\",\"value\":\"payments\"}]}";
  private static final String NOT_FOUND = "{\"errors\":[{\"error_code\":404,\"error_message\":\"no such backup\"}]}";

  public static void main(String[] args) throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", Main::answer);
    server.start();
    try (DynamoDbBackupClient client = DynamoDbBackupClient.builder()
        .baseUrl("http://127.0.0.1:" + server.getAddress().getPort())
        .apiToken("consumer-token")
        .maxAttempts(2)
        .build()) {
      DynamoDbTableBackup backup = client.getBackup("b-1");
      System.out.println("read: " + backup.id() + " " + backup.tableName() + " " + backup.itemCount()
          + " " + backup.billingMode() + " " + backup.tagsAsMap());
      try {
        client.getBackup("missing");
      } catch (ClumioNotFoundException e) {
        System.out.println("not found: " + e.statusCode() + " " + e.errors().get(0).message());
      }
      try {
        client.getBackup("busy");
      } catch (ClumioServerException e) {
        System.out.println("server error: " + e.statusCode() + " after " + e.attempts() + " attempts");
      }
      DynamoDbTableBackup built = DynamoDbTableBackup.builder().id("b-2").tableName("orders").itemCount(7L).build();
      System.out.println("built: " + built.toBuilder().tableName("orders-copy").build().tableName()
          + " " + built.itemCount());
      Retry retry = client.retry();
      System.out.println("retry instance: " + retry.getName());
      System.out.println("internal by reflection: " + callInternal());
    } finally {
      server.stop(0);
    }
  }

  /** What deep reflection into the library's implementation gets from outside its module. */
  private static String callInternal() {
    try {
      Class.forName("io.github.clumiojava.internal.Attempts")
          .getMethod("exhausted", ClumioException.class, List.class)
          .invoke(null, new ClumioException("forged"), List.of());
      return "allowed";
    } catch (ReflectiveOperationException e) {
      return e.getClass().getSimpleName();
    }
  }

  private static void answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    if (path.endsWith("/b-1")) {
      send(exchange, 200, "application/api.clumio.backup-aws-dynamodb-tables=v1+json", BACKUP);
    } else if (path.endsWith("/busy")) {
      send(exchange, 503, "application/json", "{}");
    } else {
      send(exchange, 404, "application/json", NOT_FOUND);
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
