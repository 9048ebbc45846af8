package consumer;

import io.github.clumiojava.testkit.internal.TokenBucket;

/** Uses the test kit's implementation package, which its module does not export. */
public final class Main {
  public static void main(String[] args) {
    System.out.println(TokenBucket.class);
  }
}
