package io.github.clumiojava.it;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import org.junit.jupiter.api.Test;

/** The headers every request carries. */
class RequestHeadersTest extends WireMockTestBase {
  private static final String VERSION = "[0-9]+\\.[0-9]+\\.[0-9]+(-SNAPSHOT)?";

  @Test
  void sendsTheBearerToken() {
    wireMock.stubFor(getBackup("b-1").willReturn(backupJson("{}")));

    client.getBackup("b-1");

    wireMock.verify(1, getRequestedFor(urlPathEqualTo(BACKUPS_PATH + "b-1")).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
  }

  @Test
  void sendsTheSpecsVersionedMediaTypeAsAccept() {
    wireMock.stubFor(getBackup("b-1").willReturn(backupJson("{}")));

    client.getBackup("b-1");

    wireMock.verify(1, getRequestedFor(urlPathEqualTo(BACKUPS_PATH + "b-1")).withHeader("Accept", equalTo(MEDIA_TYPE)));
  }

  @Test
  void namesTheLibraryInClientAndVersionHeaders() {
    wireMock.stubFor(getBackup("b-1").willReturn(backupJson("{}")));

    client.getBackup("b-1");

    wireMock.verify(1, getRequestedFor(urlPathEqualTo(BACKUPS_PATH + "b-1"))
        .withHeader("x-clumio-api-client", equalTo("clumio-java"))
        .withHeader("x-clumio-sdk-version", matching("clumio-java:" + VERSION)));
  }

  @Test
  void sendsAUserAgentWithTheLibraryVersionAndJavaVersion() {
    wireMock.stubFor(getBackup("b-1").willReturn(backupJson("{}")));

    client.getBackup("b-1");

    wireMock.verify(1, getRequestedFor(urlPathEqualTo(BACKUPS_PATH + "b-1"))
        .withHeader("User-Agent", matching("clumio-java/" + VERSION + " \\(Java [^;]+; .+\\)")));
  }

  @Test
  void sendsTheOrganizationalUnitWhenSet() {
    wireMock.stubFor(getBackup("b-1").willReturn(backupJson("{}")));

    try (DynamoDbBackupClient scoped = DynamoDbBackupClient.builder()
        .baseUrl(wireMock.baseUrl()).apiToken(TOKEN).organizationalUnit("ou-7").build()) {
      scoped.getBackup("b-1");
    }

    wireMock.verify(1, getRequestedFor(urlPathEqualTo(BACKUPS_PATH + "b-1"))
        .withHeader("x-clumio-organizationalunit-context", equalTo("ou-7")));
  }

  @Test
  void sendsNoOrganizationalUnitHeaderWhenNotSet() {
    wireMock.stubFor(getBackup("b-1").willReturn(backupJson("{}")));

    client.getBackup("b-1");

    wireMock.verify(1, getRequestedFor(urlPathEqualTo(BACKUPS_PATH + "b-1"))
        .withHeader("x-clumio-organizationalunit-context", absent()));
  }
}
