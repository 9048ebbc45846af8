package io.github.clumiojava.internal;

import java.util.concurrent.Flow;
import org.reactivestreams.tck.TestEnvironment;
import org.reactivestreams.tck.flow.FlowPublisherVerification;

/**
 * The Reactive Streams TCK's publisher rules, with pages completed later on another thread, as the
 * HTTP calls complete them. A TestNG class: the TestNG engine runs it on the JUnit Platform.
 */
public class PagingPublisherTckTest extends FlowPublisherVerification<Integer> {
  static final int PAGE_SIZE = 7;

  private final boolean async;

  public PagingPublisherTckTest() {
    this(true);
  }

  /** @param async whether pages complete later on another thread, or at once on the caller's */
  PagingPublisherTckTest(boolean async) {
    super(new TestEnvironment());
    this.async = async;
  }

  @Override
  public Flow.Publisher<Integer> createFlowPublisher(long elements) {
    return new PagingPublisher<>(() -> new CountingPager(elements, PAGE_SIZE, async));
  }

  /**
   * A walk that fails before its first page. The TCK expects {@code onError} without any demand
   * (rule 1.9), so a failing first page, which is fetched only on demand, would not do: {@link
   * PagingPublisherTest} covers that case.
   */
  @Override
  public Flow.Publisher<Integer> createFailedFlowPublisher() {
    return new PagingPublisher<>(() -> {
      throw new IllegalStateException("the walk cannot start");
    });
  }
}
