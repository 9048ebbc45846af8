package io.github.clumiojava.testkit;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.clumiojava.testsupport.OpenApiConformance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Plain HTTP requests to a fake, for what the client does not show: bodies, headers, bad requests. */
final class Http {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private Http() {}

  /** GETs a path and query of the fake with its token. */
  static HttpResponse<String> get(FakeClumio fake, String pathAndQuery) {
    return send(HttpRequest.newBuilder(URI.create(fake.baseUrl() + pathAndQuery))
        .header("Authorization", "Bearer " + fake.apiToken()));
  }

  /** GETs a path and query of the fake with the given Authorization header, or none if null. */
  static HttpResponse<String> get(FakeClumio fake, String pathAndQuery, String authorization) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fake.baseUrl() + pathAndQuery));
    return send(authorization == null ? request : request.header("Authorization", authorization));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return CLIENT.send(request.header("Accept", OpenApiConformance.VENDOR_MEDIA_TYPE).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The body as a JSON object. */
  static JsonObject json(HttpResponse<String> response) {
    return JsonParser.parseString(response.body()).getAsJsonObject();
  }

  /** The first error's code and message, as "code: message". */
  static String firstError(HttpResponse<String> response) {
    JsonObject error = json(response).getAsJsonArray("errors").get(0).getAsJsonObject();
    return error.get("error_code").getAsLong() + ": " + error.get("error_message").getAsString();
  }
}
