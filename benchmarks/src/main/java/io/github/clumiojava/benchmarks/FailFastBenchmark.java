package io.github.clumiojava.benchmarks;

import io.github.clumiojava.ClumioCircuitOpenException;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.dynamodb.DynamoDbBackupClientBuilder;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
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
  private DynamoDbBackupClient clientWithStackTraces;

  @Setup
  public void open() {
    client = openCircuit(DynamoDbBackupClient.builder());
    clientWithStackTraces = openCircuit(DynamoDbBackupClient.builder()
        .circuitBreakerConfig(CircuitBreakerConfig.custom().writableStackTraceEnabled(true).build()));
  }

  private static DynamoDbBackupClient openCircuit(DynamoDbBackupClientBuilder builder) {
    DynamoDbBackupClient client = builder.baseUrl("http://127.0.0.1:9").apiToken("benchmark-token").build();
    client.circuitBreaker().transitionToForcedOpenState();
    return client;
  }

  @TearDown
  public void close() {
    client.close();
    clientWithStackTraces.close();
  }

  /** The default: the exception has no stack trace. */
  @Benchmark
  public Object circuitOpen() {
    try {
      return client.getBackup("b-1");
    } catch (ClumioCircuitOpenException expected) {
      return expected;
    }
  }

  /** A breaker configured with {@code writableStackTraceEnabled(true)}: the exception has one. */
  @Benchmark
  public Object circuitOpenWithStackTrace() {
    try {
      return clientWithStackTraces.getBackup("b-1");
    } catch (ClumioCircuitOpenException expected) {
      return expected;
    }
  }

  /** What the JVM charges for the exception alone with its stack trace filled in. */
  @Benchmark
  public Object exceptionWithStackTraceAlone() {
    return new ClumioCircuitOpenException("getBackup('b-1') was not sent: the circuit breaker "
        + "'clumio-dynamodb-backups' is FORCED_OPEN after too many failures", null, true);
  }

  @Benchmark
  public Object baselineNewObject() {
    return new Object();
  }
}
