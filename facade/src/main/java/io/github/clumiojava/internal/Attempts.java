package io.github.clumiojava.internal;

import io.github.clumiojava.ClumioException;
import java.util.List;
import java.util.function.ObjIntConsumer;

/**
 * Records on a {@link ClumioException} how many attempts a call made and the earlier attempts'
 * failures, without a public setter: {@code ClumioException} hands its accessor over when its
 * class initializes (the accessor pattern of the Azure SDK's implementation helpers).
 */
public final class Attempts {
  private static ObjIntConsumer<ClumioException> accessor;

  private Attempts() {}

  /**
   * Called once, by {@code ClumioException}'s static initializer.
   *
   * @param attemptsSetter sets the attempt count of an exception
   */
  public static void setAccessor(ObjIntConsumer<ClumioException> attemptsSetter) {
    accessor = attemptsSetter;
  }

  /**
   * Marks the last failure of a call with the attempt count and its predecessors.
   *
   * @param last the last attempt's failure, thrown to the caller
   * @param earlier the earlier attempts' failures, oldest first
   * @return {@code last}
   */
  public static ClumioException exhausted(ClumioException last, List<ClumioException> earlier) {
    accessor.accept(last, earlier.size() + 1);
    earlier.forEach(last::addSuppressed);
    return last;
  }
}
