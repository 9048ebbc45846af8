package io.github.clumiojava.it;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A base URL with a path (a gateway in front of Clumio) keeps that path in front of the API's. */
class BaseUrlPathPrefixTest extends WireMockTestBase {
  @Override
  String basePath() {
    return "/gateway/clumio";
  }

  @Test
  void requestsGoBelowTheBaseUrlsPath() {
    wireMock.stubFor(getBackup("b-1").willReturn(backupJson("{\"id\":\"b-1\"}")));

    assertThat(client.getBackup("b-1").id()).isEqualTo("b-1");

    wireMock.verify(1, getRequestedFor(urlPathEqualTo("/gateway/clumio" + BACKUPS_PATH + "b-1")));
  }
}
