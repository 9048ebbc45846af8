package io.github.clumiojava.testkit.internal;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTTP side of the fake: a WireMock server on a loopback port whose every answer comes from a
 * {@link FakeApi}. Not thread-safe to start and stop; its owner locks.
 *
 * <p>Not API: part of the test kit's implementation, which may change in any release.
 */
public final class FakeServer {
  private static final String TRANSFORMER = "fake-clumio";

  private final WireMockServer server;

  /**
   * Starts a server.
   *
   * @param api what answers each request
   * @param port the loopback port, or 0 for a free one
   * @throws com.github.tomakehurst.wiremock.common.FatalStartupException if the port is taken
   */
  public FakeServer(FakeApi api, int port) {
    WireMockConfiguration options = options()
        .bindAddress("127.0.0.1")
        .extensions(new Answering(api))
        .notifier(new Slf4jNotifier(false));
    server = new WireMockServer(port == 0 ? options.dynamicPort() : options.port(port));
    server.stubFor(WireMock.any(WireMock.anyUrl()).willReturn(WireMock.aResponse().withTransformers(TRANSFORMER)));
    server.start();
  }

  /**
   * Returns the port the server listens on.
   *
   * @return the port
   */
  public int port() {
    return server.port();
  }

  /**
   * Returns what the server has served, oldest first: for the project's checks of the answers
   * against openapi.yaml.
   *
   * @return the exchanges
   */
  public List<ServeEvent> serveEvents() {
    List<ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
    Collections.reverse(events); // WireMock gives the newest first
    return events;
  }

  /** Forgets what the server has served. */
  public void forgetServeEvents() {
    server.resetRequests();
  }

  /** Stops the server. */
  public void stop() {
    server.stop();
  }

  /** Turns each request into an {@link IncomingRequest} and the fake's {@link Answer} into WireMock's. */
  private static final class Answering implements ResponseDefinitionTransformerV2 {
    private final FakeApi api;

    Answering(FakeApi api) {
      this.api = api;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
      return definition(api.answer(incoming(serveEvent.getRequest())));
    }

    private static IncomingRequest incoming(Request request) {
      String url = request.getUrl();
      int query = url.indexOf('?');
      Map<String, List<String>> headers = new LinkedHashMap<>();
      for (HttpHeader header : request.getHeaders().all()) {
        headers.put(header.key(), header.values());
      }
      return new IncomingRequest(request.getMethod().getName(), query < 0 ? url : url.substring(0, query),
          IncomingRequest.parseQuery(query < 0 ? null : url.substring(query + 1)), headers);
    }

    private static ResponseDefinition definition(Answer answer) {
      ResponseDefinitionBuilder response = ResponseDefinitionBuilder.responseDefinition();
      if (answer.dropConnection()) {
        response.withFault(Fault.EMPTY_RESPONSE);
      } else {
        response.withStatus(answer.status()).withHeader("Content-Type", answer.contentType()).withBody(answer.body());
        if (answer.retryAfterSeconds() != null) {
          response.withHeader("Retry-After", Long.toString(answer.retryAfterSeconds()));
        }
      }
      if (!answer.delay().isZero()) {
        response.withFixedDelay((int) Math.min(Integer.MAX_VALUE, answer.delay().toMillis()));
      }
      return response.build();
    }

    @Override
    public boolean applyGlobally() {
      return false;
    }

    @Override
    public String getName() {
      return TRANSFORMER;
    }
  }
}
