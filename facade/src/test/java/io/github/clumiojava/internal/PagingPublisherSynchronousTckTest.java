package io.github.clumiojava.internal;

/**
 * The Reactive Streams TCK's publisher rules, with every page complete at once on the thread that
 * asks for it: signals then come from inside {@code request}, where unbounded recursion would show.
 */
public class PagingPublisherSynchronousTckTest extends PagingPublisherTckTest {
  public PagingPublisherSynchronousTckTest() {
    super(false);
  }
}
