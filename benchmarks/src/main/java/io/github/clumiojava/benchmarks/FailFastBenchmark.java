package io.github.clumiojava.benchmarks;

import io.github.clumiojava.ClumioCircuitOpenException;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** Item 3: the cost of a call while the circuit is open (no network I/O), against doing nothing. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FailFastBenchmark {
  private DynamoDbBackupClient client;

  @Setup
  public void open() {
    client = DynamoDbBackupClient.builder().baseUrl("http://127.0.0.1:9").apiToken("benchmark-token").build();
    client.circuitBreaker().transitionToForcedOpenState();
  }

  @TearDown
  public void close() {
    client.close();
  }

  @Benchmark
  public Object circuitOpen() {
    try {
      return client.getBackup("b-1");
    } catch (ClumioCircuitOpenException expected) {
      return expected;
    }
  }

  /** What the JVM charges for the exception alone (its stack trace filled in), for comparison. */
  @Benchmark
  public Object exceptionAlone() {
    return new ClumioCircuitOpenException("getBackup('b-1') was not sent: the circuit breaker "
        + "'clumio-dynamodb-backups' is FORCED_OPEN after too many failures", null);
  }

  @Benchmark
  public Object baselineNewObject() {
    return new Object();
  }
}
