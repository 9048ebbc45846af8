package io.github.clumiojava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.clumiojava.ClumioAuthenticationException;
import io.github.clumiojava.ClumioNotFoundException;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The read operation: what the fake holds, the client reads back equal; the rest is refused as Clumio refuses it. */
class FakeClumioReadTest extends FakeClumioTestBase {
  private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

  @ParameterizedTest
  @ValueSource(strings = {"full.json", "newer-than-spec.json"})
  void theClientReadsBackEqualWhatTheFakeHolds(String resource) {
    DynamoDbTableBackup held = Backups.resource(resource);
    clumio.addBackup(held);

    try (DynamoDbBackupClient client = clumio.clientBuilder().build()) {
      assertThat(client.getBackup(held.id())).isEqualTo(held);
    }
  }

  @Test
  void theAnswerHasTheApisMediaType() {
    clumio.addBackup(Backups.resource("full.json"));

    HttpResponse<String> response = Http.get(clumio, "/backups/aws/dynamodb-tables/" + Backups.resource("full.json").id());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/api.clumio.backup-aws-dynamodb-tables=v1+json");
  }

  @Test
  void anUnknownIdIsNotFoundWithClumiosErrorBody() {
    HttpResponse<String> response = Http.get(clumio, "/backups/aws/dynamodb-tables/no-such-backup");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(Http.firstError(response)).isEqualTo("12001: The backup does not exist");
    try (DynamoDbBackupClient client = clumio.clientBuilder().build()) {
      assertThat(catchThrowableOfType(ClumioNotFoundException.class, () -> client.getBackup("no-such-backup")))
          .hasMessageContaining("The backup does not exist");
    }
  }

  @Test
  void aRemovedBackupIsNotFound() {
    clumio.addBackup(Backups.listed("b-1", "t-1", T0, null, "clumio_backup"));

    assertThat(clumio.removeBackup("b-1")).isTrue();
    assertThat(clumio.removeBackup("b-1")).isFalse();
    assertThat(Http.get(clumio, "/backups/aws/dynamodb-tables/b-1").statusCode()).isEqualTo(404);
  }

  @Test
  void addingABackupWithAnIdTheFakeHoldsReplacesIt() {
    clumio.addBackup(Backups.listed("b-1", "t-1", T0, null, "clumio_backup"));
    clumio.addBackup(Backups.listed("b-1", "t-2", T0, null, "aws_snapshot"));

    try (DynamoDbBackupClient client = clumio.clientBuilder().build()) {
      assertThat(client.getBackup("b-1").tableId()).isEqualTo("t-2");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"a/b", "a b", "a+b", "a%41", "?x=1", "#frag", "ü-ß-日本", "[1]", "a;b"})
  void anIdWithCharactersAPathEncodesIsReadBack(String id) {
    clumio.addBackup(Backups.listed(id, "t-1", T0, null, "clumio_backup"));

    try (DynamoDbBackupClient client = clumio.clientBuilder().build()) {
      assertThat(client.getBackup(id).id()).isEqualTo(id);
    }
  }

  @Test
  void anotherTokenIsRefusedWith401AndClumiosErrorBody() {
    clumio.addBackup(Backups.listed("b-1", "t-1", T0, null, "clumio_backup"));

    HttpResponse<String> response = Http.get(clumio, "/backups/aws/dynamodb-tables/b-1", "Bearer not-the-token");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(Http.firstError(response)).startsWith("401: ");
    try (DynamoDbBackupClient client = clumio.clientBuilder().apiToken("not-the-token").build()) {
      assertThat(catchThrowableOfType(ClumioAuthenticationException.class, () -> client.getBackup("b-1"))).isNotNull();
    }
  }

  @Test
  @SendsRequestsOutsideTheSpec("without a token")
  void aRequestWithoutATokenIsRefusedWith403AndClumiosMissingTokenCode() {
    HttpResponse<String> response = Http.get(clumio, "/backups/aws/dynamodb-tables/b-1", null);

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(Http.firstError(response)).isEqualTo("359: The authentication token is missing");
  }

  @Test
  @SendsRequestsOutsideTheSpec("another scheme than Bearer")
  void theTokenMustComeAsABearerToken() {
    HttpResponse<String> response = Http.get(clumio, "/backups/aws/dynamodb-tables/b-1", "Basic " + clumio.apiToken());

    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void aBackupWithoutAnIdIsRefused() {
    assertThatThrownBy(() -> clumio.addBackup(DynamoDbTableBackup.builder().tableId("t").build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs an id");
    assertThatThrownBy(() -> clumio.addBackup(DynamoDbTableBackup.builder().id(" ").build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    assertThatThrownBy(() -> clumio.addBackup(null)).isInstanceOf(NullPointerException.class);
  }
}
