package io.github.clumiojava.internal;

import io.github.clumiojava.ClumioException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;

/**
 * Records on a {@link ClumioException} how many attempts a call made and the earlier attempts'
 * failures. Not API: part of the library's implementation, which may change in any release.
 *
 * <p>{@code ClumioException} has no setter for its attempt count: this class writes the private
 * field directly, through a {@link VarHandle} that only code of the library's own module (or, on
 * the class path, of the same class loader's unnamed module) can obtain. There is no global state
 * here that other code could replace.
 */
public final class Attempts {
  private static final VarHandle ATTEMPTS;

  static {
    try {
      ATTEMPTS = MethodHandles.privateLookupIn(ClumioException.class, MethodHandles.lookup())
          .findVarHandle(ClumioException.class, "attempts", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private Attempts() {}

  /**
   * Marks the last failure of a call with the attempt count and its predecessors.
   *
   * @param last the last attempt's failure, thrown to the caller
   * @param earlier the earlier attempts' failures, oldest first
   * @return {@code last}
   */
  public static ClumioException exhausted(ClumioException last, List<ClumioException> earlier) {
    ATTEMPTS.set(last, earlier.size() + 1);
    earlier.forEach(last::addSuppressed);
    return last;
  }
}
