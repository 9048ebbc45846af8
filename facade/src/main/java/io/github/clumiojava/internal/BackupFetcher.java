package io.github.clumiojava.internal;

import io.github.clumiojava.ClumioResponseException;
import io.github.clumiojava.ClumioTransportException;
import io.github.clumiojava.dynamodb.DynamoDbTableBackup;
import java.io.IOException;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt to read a backup: build the request from the generated interface, send it, read
 * the whole body, and return the backup or throw the typed exception. Retries, circuit breaking
 * and deadlines wrap this from outside; an attempt knows nothing of them.
 */
public final class BackupFetcher {
  private static final Logger LOG = LoggerFactory.getLogger(BackupFetcher.class);

  private final HttpStack stack;
  private final JsonCodec codec;
  private final HttpErrors errors;
  private final String organizationalUnit;

  /**
   * Creates the fetcher.
   *
   * @param stack the HTTP layer
   * @param codec reads bodies
   * @param organizationalUnit the organizational unit to send, or null for none
   */
  public BackupFetcher(HttpStack stack, JsonCodec codec, String organizationalUnit) {
    this.stack = stack;
    this.codec = codec;
    this.errors = new HttpErrors(codec);
    this.organizationalUnit = organizationalUnit;
  }

  /**
   * Makes one attempt.
   *
   * @param backupId a validated backup id
   * @return the backup
   * @throws io.github.clumiojava.ClumioApiException for an HTTP error status
   * @throws ClumioTransportException if no complete answer arrived
   * @throws ClumioResponseException if a success answer's body is not a readable backup
   */
  public DynamoDbTableBackup fetch(String backupId) {
    Request request = stack.api().readDynamoDbTableBackup(backupId, organizationalUnit).request();
    String operation = request.method() + " " + request.url().newBuilder().query(null).fragment(null).build();
    long start = System.nanoTime();
    try (Response response = stack.http().newCall(request).execute()) {
      byte[] body = readBody(response);
      LOG.debug("{} answered HTTP {} with {} bytes in {} ms",
          operation, response.code(), body.length, (System.nanoTime() - start) / 1_000_000);
      if (!response.isSuccessful()) {
        throw errors.toException(operation, response.code(), response.headers(), body);
      }
      return toBackup(operation, response.code(), body);
    } catch (IOException e) {
      throw new ClumioTransportException(operation + " failed: " + describe(e), e);
    }
  }

  private DynamoDbTableBackup toBackup(String operation, int status, byte[] body) {
    JsonCodec.ParsedBackup parsed;
    try {
      parsed = codec.readBackup(body);
    } catch (IOException | RuntimeException e) {
      throw new ClumioResponseException(operation + " answered HTTP " + status
          + " with a body that is not a readable backup: " + describe(e), status, BodyExcerpt.of(body), e);
    }
    return BackupMapper.toBackup(parsed.dto(), parsed.unknownFields());
  }

  private static byte[] readBody(Response response) throws IOException {
    ResponseBody body = response.body();
    return body == null ? new byte[0] : body.bytes();
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
  }
}
