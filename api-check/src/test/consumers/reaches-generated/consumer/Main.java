package consumer;

import io.github.clumiojava.generated.api.BackupsApi;

/** Uses the generated Retrofit interface, which its module exports to the client module only. */
public final class Main {
  public static void main(String[] args) {
    System.out.println(BackupsApi.class);
  }
}
