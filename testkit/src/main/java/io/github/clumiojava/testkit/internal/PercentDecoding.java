package io.github.clumiojava.testkit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Decodes percent-encoded URL parts as UTF-8. Lenient: a {@code %} not followed by two hex digits
 * stays as it is, as a server that must answer whatever arrives would keep it.
 */
final class PercentDecoding {
  private PercentDecoding() {}

  /** Decodes a path segment: {@code +} is a plus sign there. */
  static String decodePathSegment(String encoded) {
    return decode(encoded, false);
  }

  /** Decodes a query name or value: {@code +} is a space there. */
  static String decodeQuery(String encoded) {
    return decode(encoded, true);
  }

  private static String decode(String encoded, boolean plusIsSpace) {
    if (encoded.indexOf('%') < 0 && (!plusIsSpace || encoded.indexOf('+') < 0)) {
      return encoded;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '%' && i + 2 < encoded.length() && hex(encoded.charAt(i + 1)) >= 0 && hex(encoded.charAt(i + 2)) >= 0) {
        bytes.write(hex(encoded.charAt(i + 1)) * 16 + hex(encoded.charAt(i + 2)));
        i += 2;
      } else if (c == '+' && plusIsSpace) {
        bytes.write(' ');
      } else {
        byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < encoded.length()) {
          utf8 = encoded.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.writeBytes(utf8);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }
}
