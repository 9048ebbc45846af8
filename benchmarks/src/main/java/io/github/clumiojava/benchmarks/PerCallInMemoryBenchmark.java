package io.github.clumiojava.benchmarks;

import com.google.gson.Gson;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import io.github.clumiojava.generated.api.BackupsApi;
import io.github.clumiojava.generated.model.ReadDynamoDbTableBackupResponseDto;
import io.github.clumiojava.internal.JsonCodec;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Item 1 without the network: the same calls as {@link PerCallBenchmark}, but every OkHttpClient
 * answers from an application interceptor with the canned bytes, so no socket, no server thread
 * and no scheduler noise is measured. What remains is each client's own CPU work per call, which
 * on two shared cores the loopback benchmark cannot resolve to 5%.
 *
 * <p>The canned interceptor is the application's first interceptor on every side, so interceptors
 * added after it (the facade's request headers, the baseline's {@code Authorization}) do not run
 * on either side. Everything else does: on the facade, argument checks, the circuit breaker and
 * retry context, the per-call deadline (the client's CallDeadlines), Retrofit's request building, the
 * size-bounded body, Gson into the generated model and the mapping to the facade's records.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PerCallInMemoryBenchmark {
  private static final String ID = "7d4a3b4e-3c1f-4f3e-9a0e-2b8c5d6e7f80";
  private static final String BASE_URL = "http://127.0.0.1:9";

  private DynamoDbBackupClient facade;
  private OkHttpClient okHttp;
  private BackupsApi retrofitApi;
  private BackupsApi retrofitApiWithDeadline;

  @Setup
  public void start() {
    byte[] body = Backups.typical();
    Interceptor canned = chain -> new Response.Builder()
        .request(chain.request())
        .protocol(Protocol.HTTP_1_1)
        .code(200)
        .message("OK")
        .header("Content-Type", CannedServer.MEDIA_TYPE)
        // The vendor media type is not one OkHttp can parse (its "=" parameter); the header carries it.
        .body(ResponseBody.create(body, null))
        .build();
    okHttp = new OkHttpClient.Builder().addInterceptor(canned).build();
    facade = DynamoDbBackupClient.builder().baseUrl(BASE_URL).apiToken("benchmark-token").httpClient(okHttp).build();
    Gson gson = new JsonCodec().gson();
    retrofitApi = RawRetrofit.create(BASE_URL, okHttp, gson);
    retrofitApiWithDeadline = RawRetrofit.create(BASE_URL,
        okHttp.newBuilder().callTimeout(Duration.ofSeconds(60)).build(), gson);
  }

  @TearDown
  public void stop() {
    facade.close();
    okHttp.dispatcher().executorService().shutdown();
  }

  @Benchmark
  public DynamoDbTableBackup facade() {
    return facade.getBackup(ID);
  }

  @Benchmark
  public ReadDynamoDbTableBackupResponseDto rawRetrofit() throws IOException {
    return retrofitApi.readDynamoDbTableBackup(ID, null).execute().body();
  }

  /** The raw call with a deadline done OkHttp's way (a call timeout): what that costs on its own. */
  @Benchmark
  public ReadDynamoDbTableBackupResponseDto rawRetrofitWithDeadline() throws IOException {
    return retrofitApiWithDeadline.readDynamoDbTableBackup(ID, null).execute().body();
  }
}
