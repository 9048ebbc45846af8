package io.github.clumiojava.testkit.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request as the fake received it, before any redaction.
 *
 * <p>Not API: part of the test kit's implementation, which may change in any release.
 *
 * @param method the HTTP method, such as {@code GET}
 * @param path the path as sent, percent-encoded, without the query
 * @param queryParameters the query parameters, decoded, in the order sent; each name's values in
 *     the order sent
 * @param headers the headers, names as sent, in the order sent
 */
public record IncomingRequest(String method, String path, Map<String, List<String>> queryParameters,
    Map<String, List<String>> headers) {

  /** Copies the maps; they and their lists are immutable afterwards. */
  public IncomingRequest {
    queryParameters = immutable(queryParameters);
    headers = immutable(headers);
  }

  private static Map<String, List<String>> immutable(Map<String, List<String>> map) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    map.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    return Collections.unmodifiableMap(copy);
  }

  /**
   * Returns the first value of a query parameter.
   *
   * @param name the parameter's name, exactly
   * @return its first value; empty if the request has no such parameter
   */
  public Optional<String> queryParameter(String name) {
    List<String> values = queryParameters.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * Returns the first value of a header.
   *
   * @param name the header's name, in any case
   * @return its first value; empty if the request has no such header
   */
  public Optional<String> header(String name) {
    return headers.entrySet().stream().filter(header -> header.getKey().equalsIgnoreCase(name))
        .flatMap(header -> header.getValue().stream()).findFirst();
  }

  /**
   * Splits a query string into decoded parameters. A {@code +} stands for a space, as HTML forms
   * and {@link java.net.URLEncoder} write it.
   *
   * @param rawQuery the part of a URL after {@code ?}, percent-encoded; null or empty for none
   * @return the parameters in the order they appear
   */
  public static Map<String, List<String>> parseQuery(String rawQuery) {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return parameters;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = PercentDecoding.decodeQuery(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : PercentDecoding.decodeQuery(pair.substring(equals + 1));
      parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
    return parameters;
  }
}
