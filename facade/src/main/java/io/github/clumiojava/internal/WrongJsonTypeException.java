package io.github.clumiojava.internal;

import com.google.gson.JsonParseException;

/**
 * A JSON value is not of the type its property has in the model: a string for a boolean, a
 * number for a string, an object for a list, a fraction for an integer, and so on. The message
 * starts with the value's JSON path, for example {@code $.deletion_protection_enabled: expected a
 * boolean but was the string "yes"}, and quotes at most {@value StrictTypes#MAX_QUOTED} characters
 * of the value.
 *
 * <p>Not API: part of the library's implementation, which may change in any release.
 */
public final class WrongJsonTypeException extends JsonParseException {
  private static final long serialVersionUID = 1L;

  private final String path;

  WrongJsonTypeException(String path, String expected, String actual) {
    this(path, expected, actual, null);
  }

  WrongJsonTypeException(String path, String expected, String actual, Throwable cause) {
    super(path + ": expected " + expected + " but was " + actual, cause);
    this.path = path;
  }

  /**
   * Returns the JSON path of the value, as Gson writes it: {@code $}, {@code $.name},
   * {@code $.list[0].name}.
   *
   * @return the path
   */
  public String path() {
    return path;
  }
}
