package io.github.clumiojava.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Checks of caller input, made before any request is sent. Every message names the problem and
 * never repeats a secret.
 *
 * <p>Not API: part of the library's implementation, which may change in any release.
 */
public final class Inputs {
  /** The longest backup id accepted; Clumio's ids are far shorter. */
  public static final int MAX_BACKUP_ID_LENGTH = 256;

  private Inputs() {}

  /**
   * Checks a backup id. Any other id is sent as one percent-encoded path segment.
   *
   * @param backupId the id
   * @return the id
   * @throws NullPointerException if the id is null
   * @throws IllegalArgumentException if the id is blank, longer than {@value
   *     #MAX_BACKUP_ID_LENGTH} characters, holds a control character or an unpaired surrogate,
   *     or is {@code .} or {@code ..}
   */
  public static String requireValidBackupId(String backupId) {
    requireSendableText("backupId", backupId);
    if (backupId.length() > MAX_BACKUP_ID_LENGTH) {
      throw new IllegalArgumentException("backupId is " + backupId.length()
          + " characters long; the limit is " + MAX_BACKUP_ID_LENGTH);
    }
    if (backupId.equals(".") || backupId.equals("..")) {
      throw new IllegalArgumentException("backupId must not be '" + backupId + "' (a relative path segment)");
    }
    return backupId;
  }

  /**
   * Checks text the caller gives to be sent, in a path or a query (such as a table id to filter
   * on): text that UTF-8 carries unchanged, so that the service gets exactly what was given.
   *
   * @param name the setting's name, for the message
   * @param value the value
   * @return the value
   * @throws NullPointerException if the value is null
   * @throws IllegalArgumentException if the value is blank, or holds a control character or an
   *     unpaired surrogate (which UTF-8 cannot carry: it would be sent as {@code ?}); the message
   *     names its index
   */
  public static String requireSendableText(String name, String value) {
    Objects.requireNonNull(value, name + " must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    int control = firstControlCharacter(value);
    if (control >= 0) {
      throw new IllegalArgumentException(String.format(
          "%s holds the control character U+%04X at index %d", name, (int) value.charAt(control), control));
    }
    int surrogate = firstUnpairedSurrogate(value);
    if (surrogate >= 0) {
      throw new IllegalArgumentException(name + " holds an unpaired UTF-16 surrogate at index " + surrogate
          + " (not a character, so it cannot be sent)");
    }
    return value;
  }

  /**
   * Checks an API token without ever putting it in a message.
   *
   * @param token the token, or null
   * @param source where the token came from, for the message
   * @return the token
   * @throws IllegalArgumentException if the token is blank or holds a character that is not
   *     printable ASCII
   */
  public static String requireValidToken(String token, String source) {
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("No Clumio API token: set apiToken(...) on the builder or "
          + "the environment variable CLUMIO_API_TOKEN (" + source + " is " + (token == null ? "not set" : "blank") + ")");
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c <= 0x20 || c >= 0x7f) {
        throw new IllegalArgumentException("The Clumio API token from " + source
            + " holds a character that is not printable ASCII at index " + i + " (value not shown)");
      }
    }
    return token;
  }

  /**
   * Checks a header value given by the caller (such as an organizational unit id): what OkHttp
   * accepts in a header value, so that no call fails later on it. The message names the setting,
   * the first character that is not allowed and its index, never the value.
   *
   * @param name the setting's name, for the message
   * @param value the value
   * @return the value
   * @throws NullPointerException if the value is null
   * @throws IllegalArgumentException if the value is blank or holds a character other than tab
   *     and printable ASCII (U+0020 to U+007E)
   */
  public static String requireValidHeaderValue(String name, String value) {
    Objects.requireNonNull(value, name + " must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != '\t' && (c < 0x20 || c > 0x7e)) {
        throw new IllegalArgumentException(name + " holds " + describeCharacterAt(value, i) + " at index " + i
            + ", which an HTTP header value cannot carry (only tab and printable ASCII, U+0020 to U+007E; "
            + "value not shown)");
      }
    }
    return value;
  }

  /**
   * Checks a name the caller gives the client's Resilience4j instances and threads. It is never
   * sent over HTTP, so any character but a control character is allowed.
   *
   * @param name the setting's name, for the message
   * @param value the value
   * @return the value
   * @throws NullPointerException if the value is null
   * @throws IllegalArgumentException if the value is blank or holds a control character
   */
  public static String requireValidName(String name, String value) {
    Objects.requireNonNull(value, name + " must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    int control = firstControlCharacter(value);
    if (control >= 0) {
      throw new IllegalArgumentException(name + " holds " + describeCharacterAt(value, control)
          + " at index " + control + ", a control character");
    }
    return value;
  }

  /** Names the character at an index by its code point, never by the character itself. */
  private static String describeCharacterAt(String value, int index) {
    char c = value.charAt(index);
    if (Character.isHighSurrogate(c) && index + 1 < value.length()
        && Character.isLowSurrogate(value.charAt(index + 1))) {
      return String.format("the character U+%04X", value.codePointAt(index));
    }
    if (Character.isSurrogate(c)) {
      return String.format("an unpaired UTF-16 surrogate U+%04X", (int) c);
    }
    return String.format("the character U+%04X", (int) c);
  }

  /**
   * Parses and checks a base URL: {@code https}, or {@code http} to a loopback host only; no
   * user info, query or fragment. The result ends with a slash, as Retrofit requires.
   *
   * @param baseUrl the URL
   * @return the parsed URL
   * @throws IllegalArgumentException naming the problem
   */
  public static HttpUrl requireValidBaseUrl(String baseUrl) {
    Objects.requireNonNull(baseUrl, "baseUrl must not be null");
    HttpUrl url = HttpUrl.parse(baseUrl.trim());
    if (url == null) {
      throw new IllegalArgumentException("baseUrl is not an http or https URL: " + baseUrl);
    }
    if (!url.username().isEmpty() || !url.password().isEmpty()) {
      throw new IllegalArgumentException("baseUrl must not carry a user name or password");
    }
    if (url.query() != null || url.fragment() != null) {
      throw new IllegalArgumentException("baseUrl must not have a query or fragment: " + baseUrl);
    }
    if (!url.isHttps() && !isLoopback(url.host())) {
      throw new IllegalArgumentException("baseUrl must use https (plain http is allowed only to a "
          + "loopback host such as localhost or 127.0.0.1): " + baseUrl);
    }
    String path = url.encodedPath();
    return path.endsWith("/") ? url : url.newBuilder().encodedPath(path + "/").build();
  }

  private static boolean isLoopback(String host) {
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    boolean ipLiteral = host.contains(":") || host.chars().allMatch(c -> c == '.' || Character.isDigit(c));
    if (!ipLiteral) {
      return false; // never resolve a name here: that would be I/O, and DNS can lie
    }
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static int firstUnpairedSurrogate(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  private static int firstControlCharacter(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
