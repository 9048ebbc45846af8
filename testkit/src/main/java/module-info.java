/**
 * A fake Clumio API for the tests of code that uses the client: {@link
 * io.github.clumiojava.testkit.FakeClumio}.
 *
 * <p>API: {@link io.github.clumiojava.testkit}. Nothing else is exported: the fake's
 * implementation ({@code io.github.clumiojava.testkit.internal}) cannot be reached from other
 * modules. The fake hands out the client's builder and takes the client's model, and is a JUnit 5
 * extension: the client's module and JUnit's API are required transitively.
 */
module io.github.clumiojava.testkit {
  exports io.github.clumiojava.testkit;

  requires transitive io.github.clumiojava;
  requires transitive org.junit.jupiter.api;

  // The wire format, written with the generated models and read with the client's codec, both
  // exported to this module alone.
  requires io.github.clumiojava.generated;
  requires com.google.gson;
  // WireMock's shaded jar has no module name of its own: this is the one its file name gives.
  requires wiremock.standalone;
}
