package com.example.backups;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import okhttp3.OkHttp;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application reads backups through the Clumio client, on a class path that holds one OkHttp:
 * version 5, which the OkHttp 4 library runs on too.
 *
 * <p>The Clumio API is faked by a minimal local server (one backup, 404 for any other id).
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class BackupAuditTest {
  private static final String BACKUP = "{\"id\":\"b-1\",\"table_name\":\"orders\","
      + "\"start_timestamp\":\"2026-01-01T00:00:00Z\",\"expiration_timestamp\":\"2999-01-01T00:00:00Z\"}";
  private static final HttpServer CLUMIO = fakeClumio();

  @Autowired
  private BackupAudit audit;

  @DynamicPropertySource
  static void clumio(DynamicPropertyRegistry properties) {
    properties.add("clumio.base-url", () -> "http://127.0.0.1:" + CLUMIO.getAddress().getPort());
    properties.add("clumio.api-token", () -> "test-token");
  }

  @AfterAll
  static void stop() {
    CLUMIO.stop(0);
  }

  @Test
  void aBackupThatHasNotExpiredIsRestorable() {
    assertThat(audit.restorability("b-1")).isEqualTo("orders: restorable until 2999-01-01T00:00:00Z");
  }

  @Test
  void anUnknownBackupIsReportedAsSuch() {
    assertThat(audit.restorability("nope")).isEqualTo("nope: no such backup");
  }

  @Test
  void theClassPathHoldsOkHttp5Only() {
    assertThat(OkHttp.VERSION).startsWith("5.");
    assertThat(OkHttpClient.class.getProtectionDomain().getCodeSource().getLocation().getPath())
        .contains("okhttp-jvm-5");
  }

  @Test
  void theOkHttp4LibraryRunsOnOkHttp5InTheClientsCalls(CapturedOutput output) {
    audit.restorability("b-1");

    assertThat(output).contains("--> GET http://127.0.0.1:").contains("<-- 200");
    assertThat(output).doesNotContain("test-token");
  }

  private static HttpServer fakeClumio() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext("/backups/aws/dynamodb-tables/", exchange -> {
        boolean known = exchange.getRequestURI().getPath().endsWith("/b-1");
        byte[] body = (known ? BACKUP : "{\"errors\":[{\"error_code\":404,\"error_message\":\"not found\"}]}")
            .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(known ? 200 : 404, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      });
      server.start();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
