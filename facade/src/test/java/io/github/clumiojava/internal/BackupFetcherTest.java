package io.github.clumiojava.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.clumiojava.ClumioResponseException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** How {@link BackupFetcher} reports a success body it cannot read. */
class BackupFetcherTest {
  private final BackupFetcher fetcher =
      new BackupFetcher(null, null, new JsonCodec(), Clock.systemUTC(), null, Long.MAX_VALUE);

  @Test
  void aWrongTypeIsReportedWithItsPathAndValueAndNoExceptionClassName() {
    byte[] body = "{\"table_name\":\"orders\",\"deletion_protection_enabled\":\"yes\"}".getBytes(StandardCharsets.UTF_8);

    ClumioResponseException e = catchThrowableOfType(ClumioResponseException.class,
        () -> fetcher.interpret("GET https://api.example/backups/b-1", 200, Headers.of(), body));

    assertThat(e).hasMessage("GET https://api.example/backups/b-1 answered HTTP 200 with a body that is not a"
        + " readable backup: $.deletion_protection_enabled: expected a boolean but was the string \"yes\"");
    assertThat(e.getCause()).isInstanceOf(WrongJsonTypeException.class);
  }
}
