package io.github.clumiojava.benchmarks;

import com.google.gson.Gson;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import io.github.clumiojava.generated.api.BackupsApi;
import io.github.clumiojava.generated.model.ReadDynamoDbTableBackupResponseDto;
import io.github.clumiojava.internal.HttpStack;
import io.github.clumiojava.internal.JsonCodec;
import io.github.clumiojava.internal.StackAccess;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Item 1: the cost of one call through the facade (retry and circuit breaker active, the
 * defaults) against the raw generated Retrofit call and plain OkHttp + Gson reading the same
 * bytes into the generated model, over keep-alive loopback HTTP.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PerCallBenchmark {
  private static final String ID = "7d4a3b4e-3c1f-4f3e-9a0e-2b8c5d6e7f80";

  private CannedServer server;
  private DynamoDbBackupClient facade;
  private OkHttpClient okHttp;
  private BackupsApi retrofitApi;
  private OkHttpClient okHttpWithDeadline;
  private BackupsApi retrofitApiWithDeadline;
  private Gson gson;
  private Request plainRequest;
  private HttpStack facadeStack;

  @Setup
  public void start() {
    server = new CannedServer(Backups.typical());
    facade = DynamoDbBackupClient.builder().baseUrl(server.baseUrl()).apiToken("benchmark-token").build();
    okHttp = new OkHttpClient.Builder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
            .header("Authorization", "Bearer benchmark-token").build()))
        .build();
    gson = new JsonCodec().gson();
    retrofitApi = RawRetrofit.create(server.baseUrl(), okHttp, gson);
    // The same raw call on an OkHttpClient with the facade's timeouts and a per-call deadline
    // done OkHttp's way (a call timeout, watched by Okio's watchdog thread), which the facade
    // used before it had CallDeadlines.
    okHttpWithDeadline = okHttp.newBuilder().connectTimeout(Duration.ofSeconds(10))
        .readTimeout(Duration.ofSeconds(30)).callTimeout(Duration.ofSeconds(60)).build();
    retrofitApiWithDeadline = RawRetrofit.create(server.baseUrl(), okHttpWithDeadline, gson);
    // The raw call on an HTTP stack built exactly as the facade builds its own (dispatcher, pool,
    // timeouts, interceptors): a control that separates the facade's layers from its OkHttp setup.
    facadeStack = HttpStack.create(HttpUrl.get(server.baseUrl() + "/"), "benchmark-token", new JsonCodec(),
        new HttpStack.Settings(Duration.ofSeconds(10), Duration.ofSeconds(30), null, null, null, null, null));
    plainRequest = new Request.Builder().url(server.baseUrl() + "/backups/aws/dynamodb-tables/" + ID)
        .header("Accept", CannedServer.MEDIA_TYPE).build();
  }

  @TearDown
  public void stop() {
    facade.close();
    facadeStack.shutdown();
    okHttp.dispatcher().executorService().shutdown();
    okHttp.connectionPool().evictAll();
    server.close();
  }

  @Benchmark
  public DynamoDbTableBackup facade() {
    return facade.getBackup(ID);
  }

  @Benchmark
  public ReadDynamoDbTableBackupResponseDto rawRetrofit() throws IOException {
    return retrofitApi.readDynamoDbTableBackup(ID, null).execute().body();
  }

  @Benchmark
  public ReadDynamoDbTableBackupResponseDto rawRetrofitWithDeadline() throws IOException {
    return retrofitApiWithDeadline.readDynamoDbTableBackup(ID, null).execute().body();
  }

  @Benchmark
  public ReadDynamoDbTableBackupResponseDto rawRetrofitOnFacadeStack() throws IOException {
    return StackAccess.api(facadeStack).readDynamoDbTableBackup(ID, null).execute().body();
  }

  @Benchmark
  public ReadDynamoDbTableBackupResponseDto plainOkHttpGson() throws IOException {
    try (Response response = okHttp.newCall(plainRequest).execute()) {
      return gson.fromJson(response.body().charStream(), ReadDynamoDbTableBackupResponseDto.class);
    }
  }
}
