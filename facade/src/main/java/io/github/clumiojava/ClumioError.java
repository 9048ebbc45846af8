package io.github.clumiojava;

/**
 * One entry of the error list the service returns with an HTTP error status.
 *
 * @param code Clumio's numeric error code, an unsigned 32-bit value (0 to 4294967295); 0 when
 *     the service sent none
 * @param message what went wrong, as the service wrote it; empty when it sent none, never null
 */
public record ClumioError(long code, String message) {
  /**
   * Creates an error entry.
   *
   * @param code Clumio's numeric error code; 0 when the service sent none
   * @param message what went wrong, as the service wrote it; empty when it sent none
   * @throws NullPointerException if {@code message} is null
   */
  public ClumioError {
    java.util.Objects.requireNonNull(message, "message");
  }
}
