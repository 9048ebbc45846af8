package io.github.clumiojava.testkit.internal;

/** A query parameter outside the list operation's grammar: answered with 400 naming it. */
final class BadParameterException extends Exception {
  private static final long serialVersionUID = 1L;

  BadParameterException(String message) {
    super(message, null, false, false);
  }
}
