package io.github.clumiojava.cli;

import io.github.clumiojava.ClumioAuthenticationException;
import io.github.clumiojava.ClumioCircuitOpenException;
import io.github.clumiojava.ClumioLimitExceededException;
import io.github.clumiojava.ClumioNotFoundException;
import io.github.clumiojava.ClumioResponseException;
import io.github.clumiojava.ClumioServerException;
import io.github.clumiojava.ClumioThrottledException;
import io.github.clumiojava.ClumioTransportException;

/** The exit statuses of {@code clumio-backup}, as documented in {@code --help} and the README. */
final class ExitStatus {
  static final int OK = 0;
  static final int OTHER_ERROR = 1;
  static final int USAGE = 2;
  static final int NOT_FOUND = 3;
  static final int AUTHENTICATION = 4;
  static final int UNAVAILABLE = 5;
  static final int UNREADABLE_RESPONSE = 6;
  static final int EXPIRED = 8;

  /** The lines {@code --help} shows, status then meaning. */
  static final String[] HELP = {
      "0:Success.",
      "1:Any other error (for example another HTTP 4xx status).",
      "2:Usage error: bad option, blank or invalid backup id, missing token.",
      "3:The backup was not found (HTTP 404).",
      "4:Authentication or permission refused (HTTP 401, 403).",
      "5:Service unavailable after retries: HTTP 5xx or 429, open circuit, timeout, transport failure.",
      "6:The service's answer could not be read.",
      "8:The backup has expired (with --fail-if-expired; the backup is still printed).",
  };

  private ExitStatus() {}

  /** Returns the exit status for what a command failed with. */
  static int of(Throwable failure) {
    if (failure instanceof IllegalArgumentException) {
      return USAGE;
    } else if (failure instanceof ClumioNotFoundException) {
      return NOT_FOUND;
    } else if (failure instanceof ClumioAuthenticationException) {
      return AUTHENTICATION;
    } else if (failure instanceof ClumioServerException || failure instanceof ClumioThrottledException
        || failure instanceof ClumioCircuitOpenException || failure instanceof ClumioTransportException
        || failure instanceof ClumioLimitExceededException) {
      return UNAVAILABLE;
    } else if (failure instanceof ClumioResponseException) {
      return UNREADABLE_RESPONSE;
    }
    return OTHER_ERROR;
  }
}
