package io.github.clumiojava.benchmarks;

import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import io.github.clumiojava.generated.model.ReadDynamoDbTableBackupResponseDto;
import io.github.clumiojava.internal.BackupMapper;
import io.github.clumiojava.internal.JsonCodec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Item 2: a large backup (50 global and 5 local secondary indexes, 5 replicas, 50 tags) from
 * bytes to the facade's model, against bytes to the generated model only. Run with
 * {@code -prof gc} for the bytes allocated per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ParsingBenchmark {
  private final byte[] body = Backups.large();
  private final JsonCodec codec = new JsonCodec();
  private final TypeAdapter<ReadDynamoDbTableBackupResponseDto> adapter =
      codec.gson().getAdapter(ReadDynamoDbTableBackupResponseDto.class);

  @Benchmark
  public DynamoDbTableBackup facadeModel() throws IOException {
    JsonCodec.ParsedBackup parsed = codec.readBackup(body);
    return BackupMapper.toBackup(parsed.dto(), parsed.unknownFields());
  }

  /** The same bytes through the same Gson type adapter, into the generated model only. */
  @Benchmark
  public ReadDynamoDbTableBackupResponseDto generatedModelOnly() throws IOException {
    return adapter.read(new JsonReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8)));
  }
}
