package io.github.clumiojava.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.clumiojava.ClumioApiException;
import io.github.clumiojava.ClumioAuthenticationException;
import io.github.clumiojava.ClumioError;
import io.github.clumiojava.ClumioNotFoundException;
import io.github.clumiojava.ClumioServerException;
import io.github.clumiojava.ClumioThrottledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How an HTTP error answer becomes a typed exception. */
class ErrorMappingTest extends WireMockTestBase {
  private static final String ONE_ERROR = "{\"errors\":[{\"error_code\":404,\"error_message\":\"Backup not found\"}]}";

  @ParameterizedTest(name = "HTTP {0} -> {1}")
  @CsvSource({
      "400, ClumioApiException",
      "401, ClumioAuthenticationException",
      "403, ClumioAuthenticationException",
      "404, ClumioNotFoundException",
      "409, ClumioApiException",
      "412, ClumioApiException",
      "429, ClumioThrottledException",
      "500, ClumioServerException",
      "502, ClumioServerException",
      "503, ClumioServerException",
      "504, ClumioServerException",
  })
  void eachStatusMapsToItsExceptionType(int status, String expectedType) {
    wireMock.stubFor(getBackup("b-1").willReturn(errorJson(status, ONE_ERROR)));

    ClumioApiException e = catchThrowableOfType(ClumioApiException.class, () -> client.getBackup("b-1"));

    assertThat(e.getClass().getSimpleName()).isEqualTo(expectedType);
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.errors()).containsExactly(new ClumioError(404, "Backup not found"));
    assertThat(e.getMessage()).contains("HTTP " + status).contains("Backup not found").contains("b-1");
  }

  @Test
  void notFoundIsAClumioNotFoundException() {
    wireMock.stubFor(getBackup("missing").willReturn(errorJson(404, ONE_ERROR)));

    assertThat(catchThrowableOfType(ClumioNotFoundException.class, () -> client.getBackup("missing")).statusCode())
        .isEqualTo(404);
  }

  @Test
  void missingTokenAnswerIsAnAuthenticationException() {
    wireMock.stubFor(getBackup("b-1").willReturn(errorJson(403,
        "{\"errors\":[{\"error_code\":359,\"error_message\":\"The authentication token is missing\"}]}")));

    ClumioAuthenticationException e = catchThrowableOfType(ClumioAuthenticationException.class, () -> client.getBackup("b-1"));

    assertThat(e.errors()).containsExactly(new ClumioError(359, "The authentication token is missing"));
  }

  @Test
  void errorCodesAboveTwoToTheThirtyOneDoNotOverflow() {
    wireMock.stubFor(getBackup("b-1").willReturn(errorJson(400,
        "{\"errors\":[{\"error_code\":4294967295,\"error_message\":\"max\"},{\"error_code\":2147483648,\"error_message\":\"2^31\"}]}")));

    ClumioApiException e = catchThrowableOfType(ClumioApiException.class, () -> client.getBackup("b-1"));

    assertThat(e.errors()).extracting(ClumioError::code).containsExactly(4_294_967_295L, 2_147_483_648L);
  }

  @Test
  void htmlErrorPageFromAProxyStillGivesTheStatus() {
    wireMock.stubFor(getBackup("b-1").willReturn(aResponse().withStatus(502)
        .withHeader("Content-Type", "text/html")
        .withBody("<html><body><h1>502 Bad Gateway</h1></body></html>")));

    ClumioServerException e = catchThrowableOfType(ClumioServerException.class, () -> client.getBackup("b-1"));

    assertThat(e.statusCode()).isEqualTo(502);
    assertThat(e.errors()).isEmpty();
    assertThat(e.getMessage()).contains("HTTP 502").contains("502 Bad Gateway");
  }

  @Test
  @ResponseViolatesSpec("a proxy's empty 503: OpenAPI 3.0 cannot declare a response body as optional")
  void emptyErrorBodyStillGivesTheStatus() {
    wireMock.stubFor(getBackup("b-1").willReturn(aResponse().withStatus(503).withHeader("Content-Type", "text/plain")));

    ClumioServerException e = catchThrowableOfType(ClumioServerException.class, () -> client.getBackup("b-1"));

    assertThat(e.statusCode()).isEqualTo(503);
    assertThat(e.errors()).isEmpty();
    assertThat(e.getMessage()).contains("HTTP 503 with an empty body");
  }

  @Test
  @ResponseViolatesSpec("an error body that is JSON but not Clumio's error list")
  void jsonErrorBodyOfAnotherShapeGivesNoErrorsButTheStatus() {
    wireMock.stubFor(getBackup("b-1").willReturn(errorJson(500, "{\"errors\":\"boom\"}")));

    ClumioServerException e = catchThrowableOfType(ClumioServerException.class, () -> client.getBackup("b-1"));

    assertThat(e.statusCode()).isEqualTo(500);
    assertThat(e.errors()).isEmpty();
  }

  @Test
  void requestIdHeaderIsCarriedByTheException() {
    wireMock.stubFor(getBackup("b-1").willReturn(errorJson(500, ONE_ERROR).withHeader("x-request-id", "req-42")));

    ClumioApiException e = catchThrowableOfType(ClumioApiException.class, () -> client.getBackup("b-1"));

    assertThat(e.requestId()).contains("req-42");
    assertThat(e.getMessage()).contains("req-42");
  }

  @Test
  void noRequestIdHeaderGivesAnEmptyRequestId() {
    wireMock.stubFor(getBackup("b-1").willReturn(errorJson(500, ONE_ERROR)));

    assertThat(catchThrowableOfType(ClumioApiException.class, () -> client.getBackup("b-1")).requestId()).isEmpty();
  }

  @Test
  void nullCodeAndMessageBecomeZeroAndEmpty() {
    wireMock.stubFor(getBackup("b-1").willReturn(errorJson(400, "{\"errors\":[{\"error_code\":null,\"error_message\":null}]}")));

    assertThat(catchThrowableOfType(ClumioApiException.class, () -> client.getBackup("b-1")).errors())
        .containsExactly(new ClumioError(0, ""));
  }
}
