package io.github.clumiojava.internal;

import io.github.clumiojava.generated.api.BackupsApi;

/**
 * Lets the benchmarks call the generated interface of a client's {@link HttpStack}, which only
 * the library's internal package sees: the raw Retrofit baseline then runs through the very
 * stack the facade uses. Lives in the library's package, on the benchmarks' class path only.
 */
public final class StackAccess {
  private StackAccess() {}

  /**
   * Returns the stack's generated interface.
   *
   * @param stack a stack built by {@link HttpStack#create}
   * @return its Retrofit interface
   */
  public static BackupsApi api(HttpStack stack) {
    return stack.api();
  }
}
