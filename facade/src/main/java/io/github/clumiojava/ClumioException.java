package io.github.clumiojava;

/**
 * The base of every exception this library throws for a failed call.
 *
 * <p>Unchecked. Catch a subclass to handle one kind of failure:
 * <ul>
 *   <li>{@link ClumioApiException}: the service answered with an HTTP error status (and its
 *       subclasses by status: {@link ClumioNotFoundException}, {@link
 *       ClumioAuthenticationException}, {@link ClumioThrottledException}, {@link
 *       ClumioServerException});
 *   <li>{@link ClumioTransportException}: no complete answer arrived (I/O failure, timeout);
 *   <li>{@link ClumioResponseException}: a success status whose body cannot be read.
 * </ul>
 *
 * <p>Invalid arguments are not reported with this type but with {@link
 * IllegalArgumentException} or {@link NullPointerException}, before any request is sent.
 *
 * <p>Messages never contain the API token.
 */
public class ClumioException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * How many attempts the call made; see {@link #attempts()}. Written only by the library
   * (internal.Attempts, through a VarHandle): there is no setter.
   */
  private int attempts = 1;

  /**
   * Creates an exception.
   *
   * @param message what went wrong
   * @param cause the underlying failure, or null
   */
  public ClumioException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Creates an exception, with or without a stack trace. Suppressed exceptions stay enabled:
   * they carry the earlier attempts' failures.
   *
   * @param message what went wrong
   * @param cause the underlying failure, or null
   * @param writableStackTrace false for an exception without a stack trace, which is cheaper to
   *     create
   */
  protected ClumioException(String message, Throwable cause, boolean writableStackTrace) {
    super(message, cause, true, writableStackTrace);
  }

  /**
   * Creates an exception without a cause.
   *
   * @param message what went wrong
   */
  public ClumioException(String message) {
    super(message);
  }

  /**
   * Returns how many attempts the call made before it failed with this exception. When it is
   * more than one, the earlier attempts' failures are attached as {@linkplain #getSuppressed()
   * suppressed exceptions}, oldest first.
   *
   * @return 1 or more
   */
  public int attempts() {
    return attempts;
  }

  /**
   * Returns the message, followed by the number of attempts when there was more than one.
   *
   * @return the message; never contains the API token
   */
  @Override
  public String getMessage() {
    String message = super.getMessage();
    return attempts > 1 ? message + " (after " + attempts + " attempts)" : message;
  }
}
