package io.github.clumiojava.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.clumiojava.ClumioResponseException;
import io.github.clumiojava.dynamodb.ListBackupsRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A success status whose body is not a readable backup gives {@link ClumioResponseException}. */
class SuccessBodyErrorsTest extends WireMockTestBase {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "{\"id\":\"b-1\",\"table_na",
      "not json at all",
      "[1,2,3]",
      "\"a string\"",
      "null",
      "{\"id\":\"b-1\"} trailing",
      "{\"item_count\":\"many\"}",
      "{\"item_count\":1.5}",
      "{\"item_count\":92233720368547758070}",
      "{\"start_timestamp\":\"yesterday\"}",
      "{\"tags\":{\"key\":\"a\"}}",
      "{\"id\":{\"nested\":true}}",
      "{\"id\":\"a\",}",
  })
  @ResponseViolatesSpec("each body breaks the backup schema in its own way")
  void unreadableBodyIsAResponseExceptionWithStatusAndExcerpt(String body) {
    wireMock.stubFor(getBackup("b-1").willReturn(backupJson(body)));

    ClumioResponseException e = catchThrowableOfType(ClumioResponseException.class, () -> client.getBackup("b-1"));

    assertThat(e.statusCode()).isEqualTo(200);
    assertThat(e.bodyExcerpt()).isEqualTo(body);
    assertThat(e.getMessage()).contains("HTTP 200").contains("not a readable backup");
    wireMock.verify(1, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(BACKUPS_PATH + "b-1")));
  }

  @Test
  @ResponseViolatesSpec("an empty 200 body")
  void emptySuccessBodyIsAResponseException() {
    wireMock.stubFor(getBackup("b-1").willReturn(backupJson("")));

    ClumioResponseException e = catchThrowableOfType(ClumioResponseException.class, () -> client.getBackup("b-1"));

    assertThat(e.bodyExcerpt()).isEmpty();
  }

  @Test
  @ResponseViolatesSpec("a long body that is not JSON")
  void excerptIsBoundedAndHasNoControlCharacters() {
    String body = "<html>\n" + "x".repeat(10_000) + "</html>";
    wireMock.stubFor(getBackup("b-1").willReturn(backupJson(body)));

    ClumioResponseException e = catchThrowableOfType(ClumioResponseException.class, () -> client.getBackup("b-1"));

    assertThat(e.bodyExcerpt()).hasSize(ClumioResponseException.MAX_EXCERPT_LENGTH).startsWith("<html> xxx");
    assertThat(e.getMessage()).hasSizeLessThan(1_000);
  }

  @Test
  @ResponseViolatesSpec("the page's items are not a list")
  void aBodyThatIsNotAPageIsAResponseException() {
    wireMock.stubFor(WireMock.get(WireMock.urlPathEqualTo("/backups/aws/dynamodb-tables"))
        .willReturn(backupJson("{\"_embedded\":{\"items\":{\"id\":\"b-1\"}}}")));

    Throwable failure = catchThrowable(() -> client.listBackups(ListBackupsRequest.builder().tableId("tbl-1").build()).iterator().hasNext());

    assertThat(failure).isInstanceOf(ClumioResponseException.class)
        .hasMessageContaining("not a readable page of backups").hasMessageContaining("_embedded.items");
  }
}
