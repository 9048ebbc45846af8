package io.github.clumiojava.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.HtmlRender;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * What changed between two specs, as openapi-diff sees it (with {@link ExtensibleEnumDiff}),
 * plus the values the open enums gained or lost.
 *
 * @param diff openapi-diff's comparison
 * @param openEnumChanges one line per property whose {@code x-extensible-enum} changed
 */
record SpecChangeReport(ChangedOpenApi diff, List<String> openEnumChanges) {
  /**
   * Compares two specs.
   *
   * @param before the released spec
   * @param after the spec being built
   */
  static SpecChangeReport between(OpenAPI before, OpenAPI after) {
    List<String> openEnums = OpenEnumChanges.between(before, after);
    return new SpecChangeReport(OpenApiCompare.fromSpecifications(before, after), openEnums);
  }

  /** Whether a client built against the old spec may fail against the new one. */
  boolean isIncompatible() {
    return diff.isIncompatible();
  }

  /** Whether the specs differ in anything a client could notice, open enums included. */
  boolean isUnchanged() {
    return diff.isUnchanged() && openEnumChanges.isEmpty();
  }

  /** The report in Markdown: openapi-diff's, then the open enums' changes. */
  String markdown() {
    StringBuilder text = new StringBuilder(render(new MarkdownRender()));
    text.append("\n#### Open enums (x-extensible-enum)\n\n");
    if (openEnumChanges.isEmpty()) {
      text.append("No value gained or lost.\n");
    } else {
      openEnumChanges.forEach(change -> text.append("* ").append(change).append('\n'));
      text.append("\nA value gained is compatible: clients accept any value of an open enum.\n");
    }
    return text.toString();
  }

  /**
   * Writes {@code openapi-changes.md} and {@code openapi-changes.html} into a directory.
   *
   * @param directory where the reports go; created if absent
   * @param title the HTML page's title
   */
  void write(Path directory, String title) throws IOException {
    Files.createDirectories(directory);
    Files.writeString(directory.resolve("openapi-changes.md"), markdown());
    Files.writeString(directory.resolve("openapi-changes.html"), render(new HtmlRender(title, "")));
  }

  private String render(org.openapitools.openapidiff.core.output.Render renderer) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      renderer.render(diff, writer);
    } catch (IOException e) {
      throw new IllegalStateException("could not render the spec changes", e);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
