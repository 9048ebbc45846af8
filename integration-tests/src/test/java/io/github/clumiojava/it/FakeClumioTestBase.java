package io.github.clumiojava.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clumiojava.dynamodb.BackupType;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import io.github.clumiojava.testkit.FakeClumio;
import io.github.clumiojava.testkit.RecordedRequest;
import io.github.clumiojava.testsupport.OpenApiConformance;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Tests that need a stateful Clumio rather than a stub: the test's client calls the test kit's
 * {@link FakeClumio}, which holds backups and serves the list with the real paging. After every
 * test, each request the fake received must conform to openapi.yaml (the fake's answers are
 * checked against it by the test kit's own tests).
 */
abstract class FakeClumioTestBase extends WireMockTestBase {
  @RegisterExtension
  static final FakeClumio clumio = FakeClumio.create();

  @Override
  String serverUrl() {
    return clumio.baseUrl();
  }

  @Override
  String token() {
    return clumio.apiToken();
  }

  @Override
  int requests() {
    return clumio.requests().size();
  }

  /** A Clumio backup of a table with only what the list sorts and filters by. */
  static DynamoDbTableBackup backup(String id, String tableId, Instant started, Instant expires) {
    return DynamoDbTableBackup.builder().id(id).tableId(tableId).tableName("table-" + tableId)
        .type(BackupType.CLUMIO_BACKUP).startTimestamp(started).expirationTimestamp(expires).build();
  }

  /**
   * Answers with this status each request, counted from 1 from now on, whose number the test
   * accepts: the failure patterns of a real service (a hiccup, an outage from some request on).
   */
  static void failRequests(IntPredicate which, int status) {
    AtomicInteger received = new AtomicInteger();
    clumio.onEachRequest(request -> {
      if (which.test(received.incrementAndGet())) {
        clumio.failNextRequests(1, status);
      }
    });
  }

  @AfterEach
  void everyRequestTheFakeReceivedConformsToTheSpec() {
    List<OpenApiConformance.Exchange> exchanges = clumio.requests().stream()
        .map(request -> new OpenApiConformance.Exchange(request.method(), url(request), request.headers(), null))
        .toList();

    assertThat(OpenApiConformance.violationsOf(exchanges, "")).as("requests must conform to openapi.yaml").isEmpty();
  }

  private static String url(RecordedRequest request) {
    StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
    request.queryParameters().forEach((name, values) -> values.forEach(value ->
        query.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8))));
    return request.path() + query;
  }
}
