package io.github.clumiojava.benchmarks;

import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One client of the rate-limit experiment in a JVM of its own, started by {@link
 * RateLimitBenchmark}: warms up, builds its client, prints {@code ready}, waits for a line
 * {@code go} on standard input, fires its calls, and prints one {@link BurstResult} line.
 */
public final class RateLimitWorker {
  private RateLimitWorker() {}

  /**
   * Runs one client.
   *
   * @param args the server's base URL, the client's token, the number of calls and the {@link
   *     ClientSettings} name
   * @throws Exception if the client cannot be built or the calls do not end within their bound
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      throw new IllegalArgumentException("usage: RateLimitWorker BASE_URL TOKEN CALLS SETTINGS");
    }
    int calls = Integer.parseInt(args[2]);
    ClientSettings settings = ClientSettings.valueOf(args[3]);
    settings.warmUp();
    try (DynamoDbBackupClient client = settings.build(args[0], args[1])) {
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      System.out.println("ready");
      System.out.flush();
      String line = in.readLine();
      if (!"go".equals(line)) {
        throw new IllegalStateException("expected 'go', read " + line);
      }
      System.out.println(CallBurst.fire(List.of(client), calls).get(0).await().toLine());
      System.out.flush();
    }
  }
}
