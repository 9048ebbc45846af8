package io.github.clumiojava.benchmarks;

import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Item 5: building a client and making its first call, in a fresh JVM each time (single shot,
 * no warm-up, ten forks). The server starts before the measurement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class StartupBenchmark {
  private CannedServer server;

  @Setup
  public void start() {
    server = new CannedServer(Backups.typical());
  }

  @TearDown
  public void stop() {
    server.close();
  }

  @Benchmark
  public DynamoDbTableBackup buildClientAndFirstCall() {
    try (DynamoDbBackupClient client = DynamoDbBackupClient.builder().baseUrl(server.baseUrl())
        .apiToken("benchmark-token").build()) {
      return client.getBackup("b-1");
    }
  }
}
