package io.github.clumiojava.benchmarks;

import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import io.github.clumiojava.dynamodb.ListBackupsRequest;
import io.github.clumiojava.generated.api.BackupsApi;
import io.github.clumiojava.generated.model.ListDynamoDbTableBackupsResponseDto;
import io.github.clumiojava.generated.model.ReadDynamoDbTableBackupResponseDto;
import io.github.clumiojava.internal.JsonCodec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;
import retrofit2.Response;

/**
 * A walk over a list of 1,000 backups in pages of 100, over keep-alive loopback HTTP: the
 * facade's {@code listBackups} (keyset paging: after the first page, each request filters on
 * {@code start_timestamp $lte} the start time of the previous page's last backup, plus the walk's
 * slack, so the last backups of each page come back and are dropped by id: 11 requests for 1,000
 * backups) against the raw generated call for pages 1 to 10 by page number, read with the same
 * Gson (10 requests). The server answers both from one fixed list ({@link CannedBackupList})
 * with bodies rendered before the measurement. The score is per walk.
 *
 * <p>The setup walks once each way, checks that each yields exactly the 1,000 backups, in order,
 * each once (it throws otherwise), and prints to stderr how many requests each walk made; the
 * teardown prints the requests per walk over the whole run of the benchmark.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ListBenchmark {
  static final int BACKUPS = 1_000;
  static final int PAGE_SIZE = 100;
  private static final ListBackupsRequest ALL = ListBackupsRequest.builder().pageSize(PAGE_SIZE).build();

  private CannedBackupList list;
  private CannedServer server;
  private DynamoDbBackupClient facade;
  private OkHttpClient okHttp;
  private BackupsApi retrofitApi;
  private long requestsBefore;
  private long walks;

  @Setup
  public void start() throws IOException {
    list = new CannedBackupList(BACKUPS, PAGE_SIZE);
    server = new CannedServer(list::answer);
    facade = DynamoDbBackupClient.builder().baseUrl(server.baseUrl()).apiToken("benchmark-token").build();
    okHttp = new OkHttpClient.Builder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
            .header("Authorization", "Bearer benchmark-token").build()))
        .build();
    retrofitApi = RawRetrofit.create(server.baseUrl(), okHttp, new JsonCodec().gson());

    // One walk each way before anything is measured: checks what each yields, counts its
    // requests, and has the server render every page either walk asks for.
    long before = list.requests();
    List<String> facadeIds = new ArrayList<>();
    for (DynamoDbTableBackup backup : facade.listBackups(ALL)) {
      facadeIds.add(backup.id());
    }
    long facadeRequests = list.requests() - before;
    requireWholeList("the facade's walk", facadeIds);

    before = list.requests();
    List<String> rawIds = new ArrayList<>();
    for (int page = 1; ; page++) {
      ListDynamoDbTableBackupsResponseDto dto = rawPage(page);
      for (ReadDynamoDbTableBackupResponseDto item : dto.getEmbedded().getItems()) {
        rawIds.add(item.getId());
      }
      if (!hasNext(dto)) {
        break;
      }
    }
    long rawRequests = list.requests() - before;
    requireWholeList("the raw walk by page number", rawIds);
    // On a line of its own: JMH has begun the line of the first iteration.
    System.err.printf("%n[requests per walk] facade (keyset): %d; raw (page number): %d (%d backups, %d per page)%n",
        facadeRequests, rawRequests, BACKUPS, PAGE_SIZE);
    requestsBefore = list.requests();
  }

  @TearDown
  public void stop() {
    if (walks > 0) {
      long requests = list.requests() - requestsBefore;
      System.err.printf("%n[requests per walk] this benchmark: %d requests in %d walks, %.3f per walk%n",
          requests, walks, (double) requests / walks);
    }
    facade.close();
    okHttp.dispatcher().executorService().shutdown();
    okHttp.connectionPool().evictAll();
    server.close();
  }

  /** The facade's walk: every backup, newest first, as the application iterates them. */
  @Benchmark
  public int facade(Blackhole blackhole) {
    int count = 0;
    for (DynamoDbTableBackup backup : facade.listBackups(ALL)) {
      blackhole.consume(backup);
      count++;
    }
    walks++;
    return count;
  }

  /** The raw generated call for pages 1, 2, ... by page number, until a page has no {@code _next}. */
  @Benchmark
  public int rawByPageNumber(Blackhole blackhole) throws IOException {
    int count = 0;
    for (int page = 1; ; page++) {
      ListDynamoDbTableBackupsResponseDto dto = rawPage(page);
      blackhole.consume(dto);
      count += dto.getEmbedded().getItems().size();
      if (!hasNext(dto)) {
        break;
      }
    }
    walks++;
    return count;
  }

  private ListDynamoDbTableBackupsResponseDto rawPage(int page) throws IOException {
    Response<ListDynamoDbTableBackupsResponseDto> response = retrofitApi
        .listDynamoDbTableBackups(PAGE_SIZE, Integer.toString(page), CannedBackupList.SORT, null, null).execute();
    if (!response.isSuccessful() || response.body() == null) {
      throw new IOException("page " + page + " answered HTTP " + response.code());
    }
    return response.body();
  }

  private static boolean hasNext(ListDynamoDbTableBackupsResponseDto dto) {
    return dto.getLinks() != null && dto.getLinks().getNext() != null;
  }

  /** Throws unless {@code ids} are exactly b-0 to b-999, in that order (so each once). */
  private static void requireWholeList(String walk, List<String> ids) {
    int distinct = new HashSet<>(ids).size();
    boolean inOrder = ids.size() == BACKUPS;
    for (int i = 0; inOrder && i < BACKUPS; i++) {
      inOrder = ids.get(i).equals("b-" + i);
    }
    if (ids.size() != BACKUPS || distinct != BACKUPS || !inOrder) {
      throw new IllegalStateException(walk + " yielded " + ids.size() + " backups, " + distinct
          + " distinct, not the " + BACKUPS + " distinct backups b-0 to b-" + (BACKUPS - 1) + " in order"
          + (ids.size() > 20 ? "" : ": " + ids));
    }
  }
}
