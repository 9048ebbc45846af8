package io.github.clumiojava;

/**
 * The service answered with a success status, but the body cannot be read as the expected
 * resource: it is not JSON, is cut short, has a value of the wrong type, or is empty.
 *
 * <p>Not retried: the same request would most likely get the same body. {@link #bodyExcerpt()}
 * holds the start of the body, bounded in length, for diagnosis.
 */
public class ClumioResponseException extends ClumioException {
  private static final long serialVersionUID = 1L;

  /** The most characters {@link #bodyExcerpt()} holds. */
  public static final int MAX_EXCERPT_LENGTH = 200;

  /** The HTTP status of the answer whose body could not be read. */
  private final int statusCode;
  /** The start of the body, or null. */
  private final String bodyExcerpt;

  /**
   * Creates the exception.
   *
   * @param message what went wrong; must not contain secrets
   * @param statusCode the HTTP status of the answer
   * @param bodyExcerpt the start of the body; cut to {@link #MAX_EXCERPT_LENGTH} characters
   * @param cause the parsing failure, or null
   */
  public ClumioResponseException(String message, int statusCode, String bodyExcerpt, Throwable cause) {
    super(message, cause);
    this.statusCode = statusCode;
    this.bodyExcerpt = bodyExcerpt.length() > MAX_EXCERPT_LENGTH
        ? bodyExcerpt.substring(0, MAX_EXCERPT_LENGTH) : bodyExcerpt;
  }

  /**
   * Returns the HTTP status of the answer.
   *
   * @return the status, 2xx
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Returns the start of the body, with control characters replaced, at most {@link
   * #MAX_EXCERPT_LENGTH} characters long.
   *
   * @return the excerpt, empty for an empty body; never null
   */
  public String bodyExcerpt() {
    return bodyExcerpt;
  }
}
