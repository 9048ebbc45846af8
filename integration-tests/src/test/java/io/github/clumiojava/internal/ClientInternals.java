package io.github.clumiojava.internal;

import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import java.lang.reflect.Field;
import okhttp3.OkHttpClient;

/**
 * What some integration tests inspect inside a client: the OkHttp client its {@link HttpStack}
 * runs on (its dispatcher's running calls, its pool's connections). Lives in the library's
 * package, on the tests' class path only, because only that package sees the stack's parts.
 */
public final class ClientInternals {
  private ClientInternals() {}

  /**
   * Returns the OkHttp client a client sends its requests with.
   *
   * @param client the client
   * @return its OkHttp client, with its own pool and dispatcher unless it was derived from an
   *     application's
   * @throws ReflectiveOperationException if the client no longer keeps its stack in a field
   *     named {@code stack}
   */
  public static OkHttpClient httpClient(DynamoDbBackupClient client) throws ReflectiveOperationException {
    Field field = DynamoDbBackupClient.class.getDeclaredField("stack");
    field.setAccessible(true);
    return ((HttpStack) field.get(client)).http();
  }
}
