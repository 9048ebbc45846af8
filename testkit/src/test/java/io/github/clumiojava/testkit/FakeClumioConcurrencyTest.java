package io.github.clumiojava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** The fake under concurrent requests, under JUnit's parallel execution, and on a taken port. */
class FakeClumioConcurrencyTest {
  private static final int THREADS = 8;
  private static final int REQUESTS = 64;

  @Test
  void concurrentRequestsEachTakeOneQueuedFaultAndAreAllRecorded() throws Exception {
    try (FakeClumio fake = FakeClumio.create().start()) {
      fake.addBackup(FakeClumio.sampleBackup("b-1").build()).failNextRequests(REQUESTS / 2, 503);
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      try {
        List<Future<Integer>> statuses = IntStream.range(0, REQUESTS)
            .mapToObj(i -> pool.submit(() -> Http.get(fake, "/backups/aws/dynamodb-tables/b-1").statusCode()))
            .toList();
        List<Integer> answered = new ArrayList<>();
        for (Future<Integer> status : statuses) {
          answered.add(status.get(30, TimeUnit.SECONDS));
        }

        assertThat(answered).filteredOn(status -> status == 503).hasSize(REQUESTS / 2);
        assertThat(answered).filteredOn(status -> status == 200).hasSize(REQUESTS / 2);
        assertThat(fake.requests()).hasSize(REQUESTS);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void aTakenPortIsAnIllegalStateNamingThePort() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        FakeClumio fake = FakeClumio.create().port(taken.getLocalPort())) {
      assertThatThrownBy(fake::start).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("127.0.0.1:" + taken.getLocalPort());
      assertThat(fake.isRunning()).isFalse();
    }
  }

  /** Two tests on one static fake that would run at the same time, each waiting for the other. */
  @Execution(ExecutionMode.CONCURRENT)
  static class SharedFakeRunInParallel {
    @RegisterExtension
    static FakeClumio clumio = FakeClumio.create();
    static final CountDownLatch bothStarted = new CountDownLatch(2);

    @Test
    void first() throws InterruptedException {
      bothStarted.countDown();
      bothStarted.await(1, TimeUnit.SECONDS);
    }

    @Test
    void second() throws InterruptedException {
      bothStarted.countDown();
      bothStarted.await(1, TimeUnit.SECONDS);
    }
  }

  @Test
  void testsRunningAtOnceOnOneStaticFakeFailWithAnExplanationInsteadOfWipingEachOther() {
    Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(SharedFakeRunInParallel.class))
        .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
        .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
        .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "2")
        .execute().testEvents();

    tests.assertStatistics(stats -> stats.started(2).failed(1).succeeded(1));
    assertThat(tests.failed().stream().map(e -> e.getPayload(org.junit.platform.engine.TestExecutionResult.class)
        .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable).map(Throwable::getMessage).orElse("")))
        .singleElement().asString().contains("@Execution(ExecutionMode.SAME_THREAD)");
  }

  /** One fake on two static fields: JUnit calls it twice for each test. */
  static class OneFakeOnTwoFields {
    static final FakeClumio SHARED = FakeClumio.create();
    @RegisterExtension
    static FakeClumio first = SHARED;
    @RegisterExtension
    static FakeClumio second = SHARED;

    @Test
    void aTest() {
      assertThat(SHARED.isRunning()).isTrue();
    }

    @Test
    void anotherTest() {
      assertThat(SHARED.isRunning()).isTrue();
    }
  }

  @Test
  void oneFakeRegisteredTwiceIsNotMistakenForTestsRunningAtOnce() {
    EngineTestKit.engine("junit-jupiter").selectors(selectClass(OneFakeOnTwoFields.class)).execute().testEvents()
        .assertStatistics(stats -> stats.started(2).succeeded(2));
  }
}
