package io.github.clumiojava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The fake's life: as a JUnit 5 extension on a static field, on an instance field, with nested
 * classes, and by hand. The example classes run in JUnit's engine test kit, not on their own.
 */
class FakeClumioLifecycleTest {
  /** What the example classes saw, in order. */
  static final List<String> seen = new ArrayList<>();

  private static void runExample(Class<?> example) {
    seen.clear();
    EngineTestKit.engine("junit-jupiter").selectors(selectClass(example)).execute()
        .testEvents().assertStatistics(stats -> stats.failed(0));
  }

  /** Registered on a static field. */
  static class StaticField {
    @RegisterExtension
    static FakeClumio clumio = FakeClumio.create();

    /** Sees what earlier tests left, and leaves a backup and a request behind. */
    private static void seeAndLeaveState() {
      seen.add(clumio.baseUrl());
      seen.add("requests " + clumio.requests().size());
      seen.add("b-1 " + Http.get(clumio, "/backups/aws/dynamodb-tables/b-1").statusCode());
      clumio.addBackup(Backups.listed("b-1", "t-1", null, null, "clumio_backup"));
    }

    @Test
    void first() {
      seeAndLeaveState();
    }

    @Test
    void second() {
      seeAndLeaveState();
    }

    @AfterAll
    static void after() {
      seen.add("running after all: " + clumio.isRunning());
    }
  }

  @Test
  void onAStaticFieldItStartsOnceIsResetBeforeEachTestAndStopsAfterAll() {
    runExample(StaticField.class);

    String url = seen.get(0);
    assertThat(url).startsWith("http://127.0.0.1:");
    assertThat(seen).containsExactly(url, "requests 0", "b-1 404", url, "requests 0", "b-1 404",
        "running after all: true"); // the class's @AfterAll runs before the extension's
    assertThat(StaticField.clumio.isRunning()).isFalse();
  }

  /** Registered on an instance field. */
  static class InstanceField {
    @RegisterExtension
    FakeClumio clumio = FakeClumio.create();

    @Test
    void aTest() {
      seen.add("running: " + clumio.isRunning());
      seen.add("status " + Http.get(clumio, "/backups/aws/dynamodb-tables/b-1").statusCode());
      InstanceField.last = clumio;
    }

    static FakeClumio last;
  }

  @Test
  void onAnInstanceFieldItRunsForEachTest() {
    runExample(InstanceField.class);

    assertThat(seen).containsExactly("running: true", "status 404");
    assertThat(InstanceField.last.isRunning()).isFalse();
  }

  /** A class with a nested class, the fake on the outer class's static field. */
  static class WithNested {
    @RegisterExtension
    static FakeClumio clumio = FakeClumio.create();

    @Test
    void outer() {
      seen.add("outer " + clumio.isRunning());
    }

    @Nested
    class Inner {
      @Test
      void inner() {
        seen.add("inner " + clumio.isRunning());
      }
    }

    @AfterAll
    static void after() {
      seen.add("outer after all " + clumio.isRunning());
    }
  }

  @Test
  void aNestedClassDoesNotStopTheOuterClassesFake() {
    runExample(WithNested.class);

    assertThat(seen).containsExactlyInAnyOrder("outer true", "inner true", "outer after all true");
    assertThat(WithNested.clumio.isRunning()).isFalse();
  }

  @Test
  void byHandStartReturnsTheFakeAndCloseStopsIt() {
    FakeClumio fake = FakeClumio.create();

    try (FakeClumio started = fake.start()) {
      assertThat(started).isSameAs(fake);
      assertThat(fake.isRunning()).isTrue();
      assertThat(Http.get(fake, "/backups/aws/dynamodb-tables/b-1").statusCode()).isEqualTo(404);
    }

    assertThat(fake.isRunning()).isFalse();
    assertThatThrownBy(fake::baseUrl).isInstanceOf(IllegalStateException.class).hasMessageContaining("not running");
  }

  @Test
  void whatAFakeHoldsOutlivesARestart() {
    FakeClumio fake = FakeClumio.create().addBackup(Backups.listed("b-1", "t-1", null, null, "clumio_backup"));

    fake.start().close();
    try (FakeClumio restarted = fake.start()) {
      assertThat(Http.get(restarted, "/backups/aws/dynamodb-tables/b-1").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aFakeListensOnThePortItIsGiven() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }

    try (FakeClumio fake = FakeClumio.create().port(port).start()) {
      assertThat(fake.baseUrl()).isEqualTo("http://127.0.0.1:" + port);
      assertThatThrownBy(() -> fake.port(0)).isInstanceOf(IllegalStateException.class)
          .hasMessage("port must be set before the fake starts");
    }
  }

  @Test
  void aPortOutOfRangeIsRefused() {
    assertThatThrownBy(() -> FakeClumio.create().port(65_536)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port must be from 0 (a free one) to 65535, not 65536");
  }

  @Test
  void acceptingAnyTokenAcceptsAnyBearerTokenButNotNone() {
    try (FakeClumio fake = FakeClumio.create().acceptAnyApiToken().start()) {
      fake.addBackup(Backups.listed("b-1", "t-1", null, null, "clumio_backup"));

      assertThat(Http.get(fake, "/backups/aws/dynamodb-tables/b-1", "Bearer anything").statusCode()).isEqualTo(200);
      assertThat(Http.get(fake, "/backups/aws/dynamodb-tables/b-1", null).statusCode()).isEqualTo(403);
    }
  }

  @Test
  void theClientBuilderPointsAtTheFakeWithItsToken() {
    try (FakeClumio fake = FakeClumio.create().start();
        var client = fake.addBackup(Backups.listed("b-1", "t-1", null, null, "clumio_backup")).clientBuilder().build()) {
      assertThat(client.getBackup("b-1").id()).isEqualTo("b-1");
    }
  }
}
