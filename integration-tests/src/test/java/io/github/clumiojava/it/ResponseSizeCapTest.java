package io.github.clumiojava.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.clumiojava.ClumioResponseException;
import io.github.clumiojava.ClumioServerException;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.dynamodb.DynamoDbBackupClientBuilder;
import org.junit.jupiter.api.Test;

/** A body larger than the cap is cut off, whether its size is declared or it is streamed. */
class ResponseSizeCapTest extends WireMockTestBase {
  private static final int CAP = 4_096;

  @Override
  DynamoDbBackupClientBuilder configure(DynamoDbBackupClientBuilder builder) {
    return builder.maxAttempts(1).maxResponseSize(CAP);
  }

  private static String backupOfExactly(int bytes) {
    String start = "{\"id\":\"b-1\",\"table_name\":\"";
    return start + "x".repeat(bytes - start.length() - 2) + "\"}";
  }

  @Test
  void aBodyOfExactlyTheCapIsRead() {
    wireMock.stubFor(getBackup("b-1").willReturn(backupJson(backupOfExactly(CAP))));

    assertThat(client.getBackup("b-1").tableName()).hasSize(CAP - "{\"id\":\"b-1\",\"table_name\":\"\"}".length());
  }

  @Test
  void aDeclaredBodyOneByteOverTheCapIsCutOff() {
    // Uncompressed, so that the declared length is the body's (OkHttp unzips gzip transparently,
    // and then only the streamed count can tell, as in the next test).
    wireMock.stubFor(getBackup("b-1").willReturn(backupJson(backupOfExactly(CAP + 1)).withGzipDisabled(true)
        .withHeader("Content-Length", String.valueOf(CAP + 1))));

    ClumioResponseException e = catchThrowableOfType(ClumioResponseException.class, () -> client.getBackup("b-1"));

    assertThat(e.getMessage()).contains("declares " + (CAP + 1) + " bytes").contains("limit of " + CAP);
    assertThat(e.statusCode()).isEqualTo(200);
  }

  @Test
  void aStreamedBodyOverTheCapIsCutOff() {
    wireMock.stubFor(getBackup("b-1").willReturn(backupJson(backupOfExactly(CAP * 4)).withChunkedDribbleDelay(4, 40)));

    ClumioResponseException e = catchThrowableOfType(ClumioResponseException.class, () -> client.getBackup("b-1"));

    assertThat(e.getMessage()).contains("is longer than the limit of " + CAP);
    assertThat(e.bodyExcerpt()).startsWith("{\"id\":\"b-1\"");
  }

  @Test
  void aCompressedBodyIsCountedUnzipped() {
    // Eight times the cap, but tiny once gzipped: what counts is what the client would hold.
    wireMock.stubFor(getBackup("b-1").willReturn(backupJson(backupOfExactly(CAP * 8))));

    assertThat(catchThrowableOfType(ClumioResponseException.class, () -> client.getBackup("b-1")).getMessage())
        .contains("limit of " + CAP);
  }

  @Test
  void theDefaultCapIsEightMebibytes() {
    String nineMebibytes = backupOfExactly(9 * 1024 * 1024);
    wireMock.stubFor(getBackup("big").willReturn(backupJson(nineMebibytes)));

    try (DynamoDbBackupClient defaults = DynamoDbBackupClient.builder().baseUrl(wireMock.baseUrl()).apiToken(TOKEN).build()) {
      assertThat(catchThrowableOfType(ClumioResponseException.class, () -> defaults.getBackup("big")).getMessage())
          .contains("limit of 8388608 bytes");
    }
  }

  @Test
  void aHugeErrorBodyStillGivesTheStatus() {
    wireMock.stubFor(getBackup("b-1").willReturn(aResponse().withStatus(503).withHeader("Content-Type", "text/html")
        .withBody("<html>" + "x".repeat(CAP * 100) + "</html>")));

    assertThat(catchThrowableOfType(ClumioServerException.class, () -> client.getBackup("b-1")).statusCode()).isEqualTo(503);
  }
}
