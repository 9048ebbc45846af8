package io.github.clumiojava.dynamodb;

import io.github.clumiojava.ClumioException;
import io.github.clumiojava.internal.BackupFetcher;
import io.github.clumiojava.internal.HttpStack;
import io.github.clumiojava.internal.Inputs;
import io.github.clumiojava.internal.JsonCodec;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.HttpUrl;

/**
 * Reads backups of DynamoDB tables from Clumio.
 *
 * <p>Create one with {@link #builder()}. A client is immutable and thread-safe: one instance
 * serves a whole application, and sharing it shares its connection pool. Close it when the
 * application stops, to release connections and threads.
 *
 * <p>Every method reports failure with an unchecked exception: {@link IllegalArgumentException}
 * or {@link NullPointerException} for bad arguments, before any request is sent; a {@link
 * ClumioException} subclass for a failed call; {@link IllegalStateException} after {@link
 * #close()}.
 */
public final class DynamoDbBackupClient implements AutoCloseable {
  private final HttpUrl baseUrl;
  private final String organizationalUnit;
  private final HttpStack stack;
  private final BackupFetcher fetcher;
  private final AtomicBoolean closed = new AtomicBoolean();

  DynamoDbBackupClient(HttpUrl baseUrl, String apiToken, String organizationalUnit) {
    this.baseUrl = baseUrl;
    this.organizationalUnit = organizationalUnit;
    JsonCodec codec = new JsonCodec();
    this.stack = HttpStack.create(baseUrl, apiToken, codec,
        Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60));
    this.fetcher = new BackupFetcher(stack, codec, organizationalUnit);
  }

  /**
   * Returns a builder for a client.
   *
   * @return a new builder with every setting at its default
   */
  public static DynamoDbBackupClientBuilder builder() {
    return new DynamoDbBackupClientBuilder();
  }

  /**
   * Reads one backup ({@code GET /backups/aws/dynamodb-tables/{backup_id}}).
   *
   * @param backupId the Clumio-assigned id of the backup; sent as one percent-encoded path
   *     segment, so no character in it can reach another path
   * @return the backup; never null
   * @throws NullPointerException if {@code backupId} is null
   * @throws IllegalArgumentException if {@code backupId} is blank, longer than 256 characters,
   *     holds a control character, or is {@code .} or {@code ..}
   * @throws io.github.clumiojava.ClumioNotFoundException if there is no such backup (404)
   * @throws io.github.clumiojava.ClumioAuthenticationException if the token is refused (401, 403)
   * @throws io.github.clumiojava.ClumioThrottledException if the rate limit was hit (429)
   * @throws io.github.clumiojava.ClumioServerException if the service failed (5xx)
   * @throws io.github.clumiojava.ClumioApiException for any other HTTP error status
   * @throws io.github.clumiojava.ClumioTransportException if no complete answer arrived
   * @throws io.github.clumiojava.ClumioResponseException if the answer's body is not a backup
   * @throws IllegalStateException if the client is closed
   */
  public DynamoDbTableBackup getBackup(String backupId) {
    Inputs.requireValidBackupId(backupId);
    ensureOpen();
    return fetcher.fetch(backupId);
  }

  /**
   * Releases the client's connections and threads. Calls in flight may fail; later calls throw
   * {@link IllegalStateException}. Idempotent.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      stack.shutdown();
    }
  }

  /**
   * Describes the client's settings, never its token.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "DynamoDbBackupClient[baseUrl=" + baseUrl + ", organizationalUnit=" + organizationalUnit
        + (closed.get() ? ", closed" : "") + "]";
  }

  private void ensureOpen() {
    if (closed.get()) {
      throw new IllegalStateException("This DynamoDbBackupClient is closed");
    }
  }
}
