package io.github.clumiojava.testsupport;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates what went over the wire in a test against {@code openapi.yaml}, loaded from the
 * api-spec jar: requests, and the responses to them. Thread-safe.
 */
public final class OpenApiConformance {
  /** The class-path resource of the spec. */
  public static final String SPEC_RESOURCE = "io/github/clumiojava/openapi/openapi.yaml";

  /**
   * Clumio's vendor media type has an {@code =} in its subtype, which RFC 7231 does not allow in
   * a token, so the validator's media-type parser rejects it (and would then skip the body). The
   * validator is therefore given the spec with that one string replaced by a parseable alias,
   * and every header value equal to it is replaced the same way: a header that differs from the
   * spec's media type in any way is not replaced, and still fails validation.
   */
  public static final String VENDOR_MEDIA_TYPE = "application/api.clumio.backup-aws-dynamodb-tables=v1+json";
  private static final String PARSEABLE_ALIAS = "application/vnd.clumio.backup-aws-dynamodb-tables.v1+json";

  private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();

  /**
   * One request and, if one came, its answer.
   *
   * @param method the HTTP method
   * @param url the path and query as sent, percent-encoded
   * @param requestHeaders the request's headers
   * @param response the answer, or null if none was given (the connection was dropped)
   */
  public record Exchange(String method, String url, Map<String, List<String>> requestHeaders, Answer response) {}

  /**
   * An answer.
   *
   * @param status the HTTP status
   * @param headers the response's headers
   * @param body the body, empty if none
   */
  public record Answer(int status, Map<String, List<String>> headers, byte[] body) {}

  private OpenApiConformance() {}

  /**
   * Returns the text of the spec.
   *
   * @return openapi.yaml as read from the class path
   */
  public static String specText() {
    try (InputStream in = OpenApiConformance.class.getClassLoader().getResourceAsStream(SPEC_RESOURCE)) {
      return new String(Objects.requireNonNull(in, SPEC_RESOURCE + " is not on the class path").readAllBytes(),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns one line per violation found in what a WireMock server served; empty when all
   * conform.
   *
   * @param events what WireMock served
   * @param validateResponses false to check only the requests
   * @param basePath the path prefix in front of the spec's paths ("" for none)
   * @return the violations
   */
  public static List<String> violations(List<ServeEvent> events, boolean validateResponses, String basePath) {
    return violationsOf(events.stream().map(event -> exchange(event, validateResponses)).toList(), basePath);
  }

  /**
   * Returns one line per violation found in the given exchanges; empty when all conform.
   *
   * @param exchanges the requests, each with the answer to check or null to check only the request
   * @param basePath the path prefix in front of the spec's paths ("" for none)
   * @return the violations
   */
  public static List<String> violationsOf(List<Exchange> exchanges, String basePath) {
    OpenApiInteractionValidator validator = VALIDATORS.computeIfAbsent(basePath, OpenApiConformance::validator);
    List<String> violations = new ArrayList<>();
    for (Exchange exchange : exchanges) {
      SimpleRequest request = toValidatorRequest(exchange);
      ValidationReport report = validator.validateRequest(request);
      if (exchange.response() != null) {
        report = report.merge(validator.validateResponse(request.getPath(), Request.Method.GET,
            toValidatorResponse(exchange.response())));
      }
      for (ValidationReport.Message message : report.getMessages()) {
        if (message.getLevel() == ValidationReport.Level.ERROR) {
          violations.add(exchange.method() + " " + exchange.url() + ": " + message.getKey() + " " + message);
        }
      }
    }
    return violations;
  }

  private static Exchange exchange(ServeEvent event, boolean withResponse) {
    LoggedRequest request = event.getRequest();
    LoggedResponse response = event.getResponse();
    boolean answered = response != null && response.getStatus() > 0 && response.getFault() == null
        && event.getResponseDefinition().getFault() == null;
    Answer answer = withResponse && answered
        ? new Answer(response.getStatus(), headers(response.getHeaders()), response.getBody() == null ? new byte[0] : response.getBody())
        : null;
    return new Exchange(request.getMethod().getName(), request.getUrl(), headers(request.getHeaders()), answer);
  }

  private static Map<String, List<String>> headers(HttpHeaders headers) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    if (headers != null) {
      for (HttpHeader header : headers.all()) {
        map.put(header.key(), header.values());
      }
    }
    return map;
  }

  private static OpenApiInteractionValidator validator(String basePath) {
    OpenApiInteractionValidator.Builder builder = OpenApiInteractionValidator
        .createForInlineApiSpecification(specText().replace(VENDOR_MEDIA_TYPE, PARSEABLE_ALIAS))
        // The validator rejects properties a schema does not list; OpenAPI allows them, and the
        // spec says the service adds properties over time, which clients must accept.
        .withLevelResolver(LevelResolver.create()
            .withLevel("validation.response.body.schema.additionalProperties", ValidationReport.Level.IGNORE)
            .build());
    return (basePath.isEmpty() ? builder : builder.withBasePathOverride(basePath)).build();
  }

  private static List<String> aliased(List<String> values) {
    return values.stream().map(v -> v.equals(VENDOR_MEDIA_TYPE) ? PARSEABLE_ALIAS : v).toList();
  }

  /**
   * Returns the query parameters of a URL as a server decodes them (form decoding: {@code +} is a
   * space), by name in the order they come. Split here, not with WireMock's getQueryParams(): that
   * parses the whole URL as a URI and throws for any path that is not a strict one.
   *
   * @param url the URL, or its path and query
   * @return the parameters; empty when the URL has no query
   */
  public static Map<String, List<String>> queryParameters(String url) {
    int query = url.indexOf('?');
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    if (query < 0) {
      return parameters;
    }
    for (String pair : url.substring(query + 1).split("&")) {
      int equals = pair.indexOf('=');
      String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
      String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
      parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
    return parameters;
  }

  private static SimpleRequest toValidatorRequest(Exchange exchange) {
    String url = exchange.url();
    int query = url.indexOf('?');
    SimpleRequest.Builder builder = new SimpleRequest.Builder(exchange.method(), query < 0 ? url : url.substring(0, query));
    queryParameters(url).forEach(builder::withQueryParam);
    exchange.requestHeaders().forEach((name, values) -> builder.withHeader(name, aliased(values)));
    return builder.build();
  }

  private static SimpleResponse toValidatorResponse(Answer answer) {
    SimpleResponse.Builder builder = new SimpleResponse.Builder(answer.status());
    answer.headers().forEach((name, values) -> builder.withHeader(name, aliased(values)));
    if (answer.body().length > 0) {
      builder.withBody(answer.body());
    }
    return builder.build();
  }
}
