/**
 * The Clumio client for DynamoDB table backups.
 *
 * <p>API: {@link io.github.clumiojava} (regions, exceptions, paging) and {@link
 * io.github.clumiojava.dynamodb} (the client, its builder and its model). Nothing else is
 * exported to other modules than this library's test kit: the implementation ({@code
 * io.github.clumiojava.internal}) and the generated code (module {@code
 * io.github.clumiojava.generated}) cannot be reached from an application's modules.
 *
 * <p>The builder accepts an application's {@code OkHttpClient} and its Resilience4j registries,
 * configurations and instances, and the client hands out its Resilience4j instances: those
 * modules are required transitively, so a module that requires this one reads them too.
 */
module io.github.clumiojava {
  exports io.github.clumiojava;
  exports io.github.clumiojava.dynamodb;
  // The test kit reads and writes the wire format with the client's own codec.
  exports io.github.clumiojava.internal to io.github.clumiojava.testkit;

  requires transitive okhttp3;
  requires transitive io.github.resilience4j.core;
  requires transitive io.github.resilience4j.retry;
  requires transitive io.github.resilience4j.circuitbreaker;
  requires transitive io.github.resilience4j.ratelimiter;
  requires transitive io.github.resilience4j.bulkhead;

  requires io.github.clumiojava.generated;
  requires retrofit2;
  requires retrofit2.converter.gson;
  requires com.google.gson;
  requires okio;
  requires org.slf4j;
}
