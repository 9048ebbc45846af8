package io.github.clumiojava.openapi;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;

/** Where the specs are, and how they are read: as openapi-diff reads them. */
final class Specs {
  /** The spec being built: {@code api-spec/openapi.yaml}. */
  static final Path CURRENT = Path.of(System.getProperty("spec.current"));
  /** The directory of the last release's spec and version. */
  static final Path RELEASED_DIR = Path.of(System.getProperty("spec.releasedDir"));
  /** The last release's spec. */
  static final Path RELEASED = RELEASED_DIR.resolve("openapi.yaml");

  private Specs() {}

  /**
   * Reads a spec, its local references resolved.
   *
   * @throws IllegalArgumentException if it cannot be read, naming the parser's messages
   */
  static OpenAPI read(Path spec) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIParser().readLocation(spec.toUri().toString(), null, options);
    if (result.getOpenAPI() == null) {
      throw new IllegalArgumentException("cannot read " + spec + ": " + result.getMessages());
    }
    return result.getOpenAPI();
  }
}
