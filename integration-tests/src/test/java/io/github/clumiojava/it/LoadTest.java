package io.github.clumiojava.it;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.clumiojava.ClumioException;
import io.github.clumiojava.dynamodb.DynamoDbBackupClient;
import io.github.clumiojava.internal.ClientInternals;
import io.github.clumiojava.testsupport.OpenApiConformance;
import io.github.resilience4j.circuitbreaker.event.CircuitBreakerOnStateTransitionEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A bounded load: 32 threads make 500 calls each while the server answers every tenth request
 * with 503, with the library's defaults. Retries absorb the 503s, the circuit breaker never opens
 * (it judges calls, and a call fails only if its three attempts all fail), every call succeeds or
 * throws a documented exception, and after {@code close()} the client leaves no connection and no
 * thread behind.
 *
 * <p>Until the breaker judged calls, it judged attempts over a window of 20, and opened in about
 * one full run in ten here. Only the injected 503s were recorded, but in the order the client
 * finished handling them: on two busy cores, handler threads stall and are released in bunches,
 * and one bunch packed 503s that the server had spread over 77 ms into 10 of 20 consecutive
 * recordings. Even without reordering, 20 attempts failing independently 10% of the time reach
 * 10 failures with a probability of 7e-6 per window, which over this many windows is a few
 * percent. A call fails only if its three attempts fail (1e-3), so neither can open it now.
 */
class LoadTest {
  private static final int THREADS = 32;
  private static final int CALLS_PER_THREAD = 500;
  private static final String ERROR = "{\"errors\":[{\"error_code\":1,\"error_message\":\"injected\"}]}";

  /** Turns every tenth request into a 503, whatever stub it matched. */
  static final class EveryTenthRequestFails implements ResponseDefinitionTransformerV2 {
    private final AtomicLong requests = new AtomicLong();

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
      return requests.incrementAndGet() % 10 == 0
          ? ResponseDefinitionBuilder.responseDefinition().withStatus(503)
              .withHeader("Content-Type", "application/json").withBody(ERROR).build()
          : serveEvent.getResponseDefinition();
    }

    @Override
    public String getName() {
      return "every-tenth-request-fails";
    }
  }

  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().containerThreads(40).extensions(new EveryTenthRequestFails()))
      .build();

  @ParameterizedTest
  @EnumSource(Mode.class)
  void everyCallSucceedsOrFailsWithADocumentedExceptionAndCloseLeavesNothingBehind(Mode mode) throws Exception {
    server.stubFor(WireMock.get(WireMock.urlPathMatching("/backups/aws/dynamodb-tables/.*"))
        .willReturn(WireMock.aResponse().withStatus(200).withHeader("Content-Type", WireMockTestBase.MEDIA_TYPE)
            .withBody("{\"id\":\"b\",\"table_name\":\"t\"}")
            .withTransformers("every-tenth-request-fails")));
    Set<Thread> threadsBefore = Thread.getAllStackTraces().keySet();
    DynamoDbBackupClient client = DynamoDbBackupClient.builder().baseUrl(server.baseUrl()).apiToken("load-token")
        .build(); // the library's defaults, its circuit breaker included
    List<CircuitBreakerOnStateTransitionEvent> transitions = new CopyOnWriteArrayList<>();
    client.circuitBreaker().getEventPublisher().onStateTransition(transitions::add);
    AtomicInteger successes = new AtomicInteger();
    Map<Class<?>, AtomicInteger> failures = new ConcurrentHashMap<>();

    ExecutorService callers = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      done.add(callers.submit(() -> {
        for (int i = 0; i < CALLS_PER_THREAD; i++) {
          try {
            mode.get(client, "b-" + thread + "-" + i);
            successes.incrementAndGet();
          } catch (ClumioException documented) {
            failures.computeIfAbsent(documented.getClass(), k -> new AtomicInteger()).incrementAndGet();
          }
        }
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get(120, TimeUnit.SECONDS); // anything undocumented a call threw fails the test here
    }
    callers.shutdown();
    OkHttpClient http = ClientInternals.httpClient(client);
    client.close();

    int failed = failures.values().stream().mapToInt(AtomicInteger::get).sum();
    assertThat(successes.get() + failed).isEqualTo(THREADS * CALLS_PER_THREAD);
    assertThat(successes.get()).as("retries absorb the injected 503s; failures: %s", failures)
        .isGreaterThan(THREADS * CALLS_PER_THREAD * 99 / 100);
    assertThat(transitions).as("the breaker never opens on a healthy service").isEmpty();
    assertThat(http.connectionPool().connectionCount()).isZero();
    assertNoNewClientThreadWithin(threadsBefore, Duration.ofSeconds(10));
    assertThat(OpenApiConformance.violations(server.getAllServeEvents().subList(0, 200), true, "")).isEmpty();
  }

  private static void assertNoNewClientThreadWithin(Set<Thread> before, Duration bound) throws InterruptedException {
    long end = System.nanoTime() + bound.toNanos();
    List<String> left;
    do {
      left = Thread.getAllStackTraces().entrySet().stream()
          .filter(e -> !before.contains(e.getKey()) && e.getKey().isAlive() && !isOkHttpsSharedTaskRunner(e.getValue()))
          .map(e -> e.getKey().getName())
          .filter(name -> name.startsWith("OkHttp") && !name.equals("OkHttp TaskRunner") || name.endsWith("-scheduler")
              || name.contains("-completion-"))
          .collect(Collectors.toList());
      if (left.isEmpty()) {
        return;
      }
      Thread.sleep(50);
    } while (System.nanoTime() < end);
    assertThat(left).as("threads the closed client left behind").isEmpty();
  }

  /**
   * Whether a thread is a worker of OkHttp's task runner: one for the whole JVM, shared by every
   * OkHttp client, not the client's to stop. Idle, it is named "OkHttp TaskRunner"; running a task,
   * it takes the task's name (such as "OkHttp ConnectionPool connection closer"). It ends by
   * itself after a minute idle.
   */
  private static boolean isOkHttpsSharedTaskRunner(StackTraceElement[] stack) {
    for (StackTraceElement frame : stack) {
      if (frame.getClassName().startsWith("okhttp3.internal.concurrent.TaskRunner")) {
        return true;
      }
    }
    return false;
  }

}
