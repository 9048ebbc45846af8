package consumer;

import io.github.clumiojava.internal.Attempts;

/** Uses the library's implementation package, which its module does not export. */
public final class Main {
  public static void main(String[] args) {
    System.out.println(Attempts.class);
  }
}
