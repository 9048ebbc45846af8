package io.github.clumiojava.it;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.http.HttpHeader;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.Objects;

/**
 * Validates what went over the wire in a test against {@code openapi.yaml}, loaded from the
 * api-spec jar: every request the client sent, and every response WireMock served.
 */
final class OpenApiConformance {
  static final String SPEC_RESOURCE = "io/github/clumiojava/openapi/openapi.yaml";

  /**
   * Clumio's vendor media type has an {@code =} in its subtype, which RFC 7231 does not allow in
   * a token, so the validator's media-type parser rejects it (and would then skip the body). The
   * validator is therefore given the spec with that one string replaced by a parseable alias,
   * and every header value equal to it is replaced the same way: a header that differs from the
   * spec's media type in any way is not replaced, and still fails validation.
   */
  static final String VENDOR_MEDIA_TYPE = "application/api.clumio.backup-aws-dynamodb-tables=v1+json";
  private static final String PARSEABLE_ALIAS = "application/vnd.clumio.backup-aws-dynamodb-tables.v1+json";

  private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();

  private OpenApiConformance() {}

  static String specText() {
    try (InputStream in = OpenApiConformance.class.getClassLoader().getResourceAsStream(SPEC_RESOURCE)) {
      return new String(Objects.requireNonNull(in, SPEC_RESOURCE + " is not on the class path").readAllBytes(),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns one line per violation found in the given exchanges; empty when all conform.
   *
   * @param events what WireMock served
   * @param validateResponses false to check only the requests
   * @param basePath the path prefix in front of the spec's paths ("" for none)
   */
  static List<String> violations(List<ServeEvent> events, boolean validateResponses, String basePath) {
    OpenApiInteractionValidator validator = VALIDATORS.computeIfAbsent(basePath, OpenApiConformance::validator);
    List<String> violations = new ArrayList<>();
    for (ServeEvent event : events) {
      SimpleRequest request = toValidatorRequest(event.getRequest());
      ValidationReport report = validator.validateRequest(request);
      LoggedResponse response = event.getResponse();
      if (validateResponses && response != null && response.getStatus() > 0 && event.getResponseDefinition().getFault() == null) {
        report = report.merge(validator.validateResponse(request.getPath(), Request.Method.GET, toValidatorResponse(response)));
      }
      for (ValidationReport.Message message : report.getMessages()) {
        if (message.getLevel() == ValidationReport.Level.ERROR) {
          violations.add(event.getRequest().getMethod() + " " + event.getRequest().getUrl() + ": " + message.getKey() + " " + message);
        }
      }
    }
    return violations;
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
   */
  static Map<String, List<String>> queryParameters(String url) {
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

  private static SimpleRequest toValidatorRequest(LoggedRequest logged) {
    String url = logged.getUrl();
    int query = url.indexOf('?');
    SimpleRequest.Builder builder = new SimpleRequest.Builder(logged.getMethod().getName(),
        query < 0 ? url : url.substring(0, query));
    queryParameters(url).forEach(builder::withQueryParam);
    for (HttpHeader header : logged.getHeaders().all()) {
      builder.withHeader(header.key(), aliased(header.values()));
    }
    return builder.build();
  }

  private static SimpleResponse toValidatorResponse(LoggedResponse logged) {
    SimpleResponse.Builder builder = new SimpleResponse.Builder(logged.getStatus());
    if (logged.getHeaders() != null) {
      for (HttpHeader header : logged.getHeaders().all()) {
        builder.withHeader(header.key(), aliased(header.values()));
      }
    }
    byte[] body = logged.getBody();
    if (body != null && body.length > 0) {
      builder.withBody(body);
    }
    return builder.build();
  }
}
