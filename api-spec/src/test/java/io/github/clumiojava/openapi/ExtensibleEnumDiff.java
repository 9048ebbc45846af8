package io.github.clumiojava.openapi;

import java.util.ArrayList;
import java.util.List;
import org.openapitools.openapidiff.core.compare.ExtensionDiff;
import org.openapitools.openapidiff.core.compare.OpenApiDiff;
import org.openapitools.openapidiff.core.model.Change;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.DiffContext;
import org.openapitools.openapidiff.core.model.DiffResult;

/**
 * Teaches openapi-diff what {@code x-extensible-enum} means (it ignores extensions it has no
 * diff for): the values known today of a string whose set of values is open. Clients must accept
 * any value of it, so a value gained is compatible, and so is one lost from a response. A value
 * lost from a request is not: a client may still send it. Registered in
 * {@code META-INF/services}.
 */
public final class ExtensibleEnumDiff implements ExtensionDiff {
  @Override
  public ExtensionDiff setOpenApiDiff(OpenApiDiff openApiDiff) {
    return this;
  }

  @Override
  public String getName() {
    return "extensible-enum";
  }

  @Override
  public Changed diff(Change<?> extension, DiffContext context) {
    List<String> before = values(extension.getOldValue());
    List<String> after = values(extension.getNewValue());
    List<String> gained = new ArrayList<>(after);
    gained.removeAll(before);
    List<String> lost = new ArrayList<>(before);
    lost.removeAll(after);
    DiffResult result;
    if (gained.isEmpty() && lost.isEmpty()) {
      result = DiffResult.NO_CHANGES;
    } else if (!lost.isEmpty() && context != null && context.isRequest()
        && extension.getType() == Change.Type.CHANGED) {
      result = DiffResult.INCOMPATIBLE;
    } else {
      result = DiffResult.COMPATIBLE;
    }
    return () -> result;
  }

  /** The values of an {@code x-extensible-enum}, as strings; none for an absent one. */
  static List<String> values(Object extension) {
    List<String> values = new ArrayList<>();
    if (extension instanceof List<?> list) {
      list.forEach(value -> values.add(String.valueOf(value)));
    }
    return values;
  }
}
