package io.github.clumiojava.testkit;

import io.github.clumiojava.testkit.internal.IncomingRequest;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A request that {@link FakeClumio} received, as {@link FakeClumio#requests()} returns it.
 *
 * <p>Immutable and thread-safe; {@code equals}, {@code hashCode} and {@code toString} are
 * value-based. The value of the {@code Authorization} header is redacted: {@code Bearer
 * <redacted>} for a bearer token (so a test can see that a token was sent, but never which),
 * {@code <redacted>} for anything else.
 */
public final class RecordedRequest {
  /** What a bearer token is shown as. */
  static final String REDACTED_BEARER = "Bearer <redacted>";
  /** What any other {@code Authorization} value is shown as. */
  static final String REDACTED = "<redacted>";

  private final String method;
  private final String path;
  private final Map<String, List<String>> queryParameters;
  private final Map<String, List<String>> headers;

  RecordedRequest(IncomingRequest request) {
    this.method = request.method();
    this.path = request.path();
    this.queryParameters = request.queryParameters();
    Map<String, List<String>> redacted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    request.headers().forEach((name, values) -> redacted.merge(name,
        name.equalsIgnoreCase("Authorization") ? values.stream().map(RecordedRequest::redact).toList() : values,
        RecordedRequest::concat));
    this.headers = Collections.unmodifiableMap(redacted);
  }

  private static String redact(String authorization) {
    return authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? REDACTED_BEARER : REDACTED;
  }

  private static List<String> concat(List<String> first, List<String> second) {
    return Stream.concat(first.stream(), second.stream()).toList();
  }

  /**
   * Returns the HTTP method.
   *
   * @return the method, such as {@code GET}; never null
   */
  public String method() {
    return method;
  }

  /**
   * Returns the path as the client sent it: percent-encoded, without the query.
   *
   * @return the path, such as {@code /backups/aws/dynamodb-tables/b-1}; never null
   */
  public String path() {
    return path;
  }

  /**
   * Returns the query parameters, decoded.
   *
   * @return an immutable map from each name to its values, in the order sent; empty when the
   *     request had no query; never null
   */
  public Map<String, List<String>> queryParameters() {
    return queryParameters;
  }

  /**
   * Returns the first value of a query parameter, decoded.
   *
   * @param name the parameter's name, such as {@code filter}
   * @return its first value; empty if the request did not have it
   * @throws NullPointerException if {@code name} is null
   */
  public Optional<String> queryParameter(String name) {
    return first(queryParameters, Objects.requireNonNull(name, "name"));
  }

  /**
   * Returns the headers, with the {@code Authorization} value redacted.
   *
   * @return an immutable map whose keys are compared ignoring case ({@code get("accept")} finds
   *     {@code Accept}), each to its values in the order sent; never null
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * Returns the first value of a header, the {@code Authorization} value redacted.
   *
   * @param name the header's name, in any case
   * @return its first value; empty if the request did not have it
   * @throws NullPointerException if {@code name} is null
   */
  public Optional<String> header(String name) {
    return first(headers, Objects.requireNonNull(name, "name"));
  }

  private static Optional<String> first(Map<String, List<String>> map, String name) {
    List<String> values = map.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RecordedRequest that && method.equals(that.method) && path.equals(that.path)
        && queryParameters.equals(that.queryParameters) && headers.equals(that.headers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, path, queryParameters, headers);
  }

  @Override
  public String toString() {
    return "RecordedRequest[" + method + " " + path + (queryParameters.isEmpty() ? "" : " " + queryParameters)
        + ", headers=" + headers + "]";
  }
}
