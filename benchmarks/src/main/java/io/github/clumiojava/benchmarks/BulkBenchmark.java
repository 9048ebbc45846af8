package io.github.clumiojava.benchmarks;

import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import com.google.gson.Gson;
import io.github.clumiojava.generated.model.ReadDynamoDbTableBackupResponseDto;
import io.github.clumiojava.internal.JsonCodec;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Item 4: 10,000 asynchronous calls with 64 in flight through the facade, against the same load
 * through plain OkHttp async (reading each body into the generated model with Gson, as the
 * facade does). The score is per call, so calls per second = 10^6 / score (µs);
 * wall time per 10,000 calls = score × 10,000. The threads each side used are printed at the end
 * of every iteration.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BulkBenchmark {
  static final int CALLS = 10_000;
  static final int IN_FLIGHT = 64;

  private CannedServer server;
  private DynamoDbBackupClient facade;
  private OkHttpClient okHttp;
  private Request request;
  private final Gson gson = new JsonCodec().gson();

  @Setup
  public void start() {
    server = new CannedServer(Backups.typical());
    facade = DynamoDbBackupClient.builder().baseUrl(server.baseUrl()).apiToken("benchmark-token").build();
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(IN_FLIGHT);
    dispatcher.setMaxRequestsPerHost(IN_FLIGHT);
    okHttp = new OkHttpClient.Builder().dispatcher(dispatcher).build();
    request = new Request.Builder().url(server.baseUrl() + "/backups/aws/dynamodb-tables/b-1")
        .header("Accept", CannedServer.MEDIA_TYPE).header("Authorization", "Bearer benchmark-token").build();
  }

  @TearDown(Level.Iteration)
  public void reportThreads() {
    long okHttpThreads = Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("OkHttp")).count();
    System.out.println("[threads] OkHttp threads alive: " + okHttpThreads + ", all threads: " + Thread.activeCount());
  }

  @TearDown
  public void stop() {
    facade.close();
    okHttp.dispatcher().executorService().shutdown();
    okHttp.connectionPool().evictAll();
    server.close();
  }

  @Benchmark
  @OperationsPerInvocation(CALLS)
  public int facadeAsync() throws InterruptedException {
    Semaphore inFlight = new Semaphore(IN_FLIGHT);
    CountDownLatch done = new CountDownLatch(CALLS);
    AtomicInteger failures = new AtomicInteger();
    for (int i = 0; i < CALLS; i++) {
      inFlight.acquire();
      facade.getBackupAsync("b-1").whenComplete((backup, error) -> {
        if (error != null) {
          failures.incrementAndGet();
        }
        inFlight.release();
        done.countDown();
      });
    }
    done.await();
    return failures.get();
  }

  @Benchmark
  @OperationsPerInvocation(CALLS)
  public int plainOkHttpAsync() throws InterruptedException {
    Semaphore inFlight = new Semaphore(IN_FLIGHT);
    CountDownLatch done = new CountDownLatch(CALLS);
    AtomicInteger failures = new AtomicInteger();
    for (int i = 0; i < CALLS; i++) {
      inFlight.acquire();
      okHttp.newCall(request).enqueue(new Callback() {
        @Override
        public void onResponse(Call call, Response response) throws IOException {
          try (response) {
            // The same work as the facade's: the body into the generated model.
            gson.fromJson(response.body().charStream(), ReadDynamoDbTableBackupResponseDto.class);
          }
          inFlight.release();
          done.countDown();
        }

        @Override
        public void onFailure(Call call, IOException e) {
          failures.incrementAndGet();
          inFlight.release();
          done.countDown();
        }
      });
    }
    done.await();
    return failures.get();
  }
}
