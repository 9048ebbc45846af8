/**
 * The Retrofit interface and Gson models that the OpenAPI Generator produces from
 * {@code openapi.yaml} at build time. Not API: its packages are exported to the client module
 * (and the models to the test kit) alone, and its models opened to Gson alone, which reads and
 * writes them reflectively.
 *
 * <p>This descriptor is the one hand-written file of the module; everything else is generated
 * into {@code target/} and never edited.
 */
module io.github.clumiojava.generated {
  requires retrofit2;
  requires com.google.gson;
  // Annotations the generator writes: @Generated is not kept in class files, @Nullable is but
  // is not needed to run.
  requires static jakarta.annotation;

  exports io.github.clumiojava.generated.api to io.github.clumiojava;
  // The test kit writes the fake's answers with the models.
  exports io.github.clumiojava.generated.model to io.github.clumiojava, io.github.clumiojava.testkit;
  opens io.github.clumiojava.generated.model to com.google.gson;
}
