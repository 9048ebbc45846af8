package io.github.clumiojava.cli;

import io.github.clumiojava.ClumioAuthenticationException;
import io.github.clumiojava.ClumioCircuitOpenException;
import io.github.clumiojava.ClumioLimitExceededException;
import io.github.clumiojava.ClumioNotFoundException;
import io.github.clumiojava.ClumioResponseException;
import io.github.clumiojava.ClumioServerException;
import io.github.clumiojava.ClumioThrottledException;
import io.github.clumiojava.ClumioTransportException;
import java.util.LinkedHashMap;
import java.util.Map;

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

  private ExitStatus() {}

  /** The list {@code --help} shows: status, then meaning. */
  static Map<String, String> help() {
    Map<String, String> help = new LinkedHashMap<>();
    help.put(String.valueOf(OK), "Success.");
    help.put(String.valueOf(OTHER_ERROR), "Any other error (for example another HTTP 4xx status).");
    help.put(String.valueOf(USAGE), "Usage error: bad option or value, blank or invalid backup or table id, missing token.");
    help.put(String.valueOf(NOT_FOUND),
        "Not found: the backup does not exist (HTTP 404), or latest found no restorable backup.");
    help.put(String.valueOf(AUTHENTICATION), "Authentication or permission refused (HTTP 401, 403).");
    help.put(String.valueOf(UNAVAILABLE),
        "Service unavailable after retries: HTTP 5xx or 429, open circuit, timeout, transport failure.");
    help.put(String.valueOf(UNREADABLE_RESPONSE), "The service's answer could not be read.");
    help.put(String.valueOf(EXPIRED), "The backup has expired (get --fail-if-expired; the backup is still printed).");
    return help;
  }

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
