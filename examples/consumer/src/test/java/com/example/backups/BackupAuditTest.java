package com.example.backups;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clumiojava.testkit.FakeClumio;
import java.time.Instant;
import okhttp3.OkHttp;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application reads backups through the Clumio client, here from the test kit's fake Clumio,
 * on a class path that holds one OkHttp: version 5, which the OkHttp 4 library runs on too.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class BackupAuditTest {
  @RegisterExtension
  static FakeClumio clumio = FakeClumio.create();

  @Autowired
  private BackupAudit audit;

  @DynamicPropertySource
  static void clumio(DynamicPropertyRegistry properties) {
    properties.add("clumio.base-url", clumio::baseUrl);
    properties.add("clumio.api-token", clumio::apiToken);
  }

  @BeforeEach
  void backups() {
    clumio.addBackup(FakeClumio.sampleBackup("b-1").tableName("orders")
        .expirationTimestamp(Instant.parse("2999-01-01T00:00:00Z")).build());
    clumio.addBackup(FakeClumio.sampleBackup("b-0").tableName("orders")
        .expirationTimestamp(Instant.parse("2001-01-01T00:00:00Z")).build());
  }

  @Test
  void aBackupThatHasNotExpiredIsRestorable() {
    assertThat(audit.restorability("b-1")).isEqualTo("orders: restorable until 2999-01-01T00:00:00Z");
  }

  @Test
  void anExpiredBackupIsReportedAsSuch() {
    assertThat(audit.restorability("b-0")).isEqualTo("orders: expired");
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

    assertThat(output).contains("--> GET " + clumio.baseUrl()).contains("<-- 200");
    assertThat(output).doesNotContain(clumio.apiToken());
  }
}
