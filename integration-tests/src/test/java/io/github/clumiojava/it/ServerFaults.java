package io.github.clumiojava.it;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Turns some of the server's answers into error answers, by request number overall and per
 * path, whatever stub they matched: the failure patterns of a real service (a hiccup, every
 * tenth request, the first attempt of every call, an outage). No rule: every stub answers as
 * stubbed. A 429 carries {@code Retry-After: 0}: retry at once.
 */
final class ServerFaults implements ResponseDefinitionTransformerV2 {
  static final String ERROR = "{\"errors\":[{\"error_code\":1,\"error_message\":\"injected\"}]}";

  /** Decides the status of a request, or 0 to answer as stubbed. */
  @FunctionalInterface
  interface Rule {
    /**
     * @param request the request's number, from 1, over all paths
     * @param requestForPath the request's number, from 1, among those for the same path
     */
    int status(int request, int requestForPath);
  }

  private static final Rule NONE = (request, requestForPath) -> 0;

  private volatile Rule rule = NONE;
  private final AtomicInteger requests = new AtomicInteger();
  private final Map<String, AtomicInteger> requestsByPath = new ConcurrentHashMap<>();
  private final AtomicInteger injected = new AtomicInteger();

  /** Applies a rule from the next request on, counting requests from 1 again. */
  void apply(Rule newRule) {
    requests.set(0);
    requestsByPath.clear();
    injected.set(0);
    rule = newRule;
  }

  /** Stops injecting failures. */
  void reset() {
    apply(NONE);
  }

  /** How many answers were turned into errors. */
  int injected() {
    return injected.get();
  }

  @Override
  public ResponseDefinition transform(ServeEvent serveEvent) {
    int request = requests.incrementAndGet();
    int forPath = requestsByPath.computeIfAbsent(serveEvent.getRequest().getUrl(), k -> new AtomicInteger())
        .incrementAndGet();
    int status = rule.status(request, forPath);
    if (status == 0) {
      return serveEvent.getResponseDefinition();
    }
    injected.incrementAndGet();
    ResponseDefinitionBuilder error = ResponseDefinitionBuilder.responseDefinition().withStatus(status)
        .withHeader("Content-Type", "application/json").withBody(ERROR);
    return (status == 429 ? error.withHeader("Retry-After", "0") : error).build();
  }

  @Override
  public String getName() {
    return "server-faults";
  }
}
