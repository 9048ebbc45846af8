package io.github.clumiojava.benchmarks;

import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.dynamodb.DynamoDbBackupClientBuilder;
import java.util.function.UnaryOperator;

/** The client settings the rate-limit experiment compares. */
enum ClientSettings {
  /** Every setting at its default: adaptive rate limiting on. */
  DEFAULTS(builder -> builder),
  /** Adaptive rate limiting off, nothing else set: what a client did before it existed. */
  ADAPTIVE_OFF(builder -> builder.adaptiveRateLimiting(false)),
  /** A static limit at the service's rate, adaptive rate limiting off. */
  STATIC_100(builder -> builder.adaptiveRateLimiting(false).maxRequestsPerSecond(100));

  private final UnaryOperator<DynamoDbBackupClientBuilder> settings;

  ClientSettings(UnaryOperator<DynamoDbBackupClientBuilder> settings) {
    this.settings = settings;
  }

  /**
   * Builds a client with these settings.
   *
   * @param baseUrl the server
   * @param token the bearer token, which the server tells clients apart by
   * @return the client
   */
  DynamoDbBackupClient build(String baseUrl, String token) {
    return settings.apply(DynamoDbBackupClient.builder().baseUrl(baseUrl).apiToken(token)).build();
  }

  /**
   * Loads and warms up the client's code in this JVM: a client with these settings reads a
   * backup 200 times from a server of its own, so that the first calls of a measured burst do not
   * pay for class loading.
   */
  void warmUp() {
    try (CannedServer server = new CannedServer(Backups.typical());
        DynamoDbBackupClient client = build(server.baseUrl(), "warm-up")) {
      for (int i = 0; i < 200; i++) {
        client.getBackupAsync("warm-up-" + i).join();
      }
    }
  }
}
