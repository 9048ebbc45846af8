package io.github.clumiojava.internal;

import io.github.clumiojava.ClumioResponseException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the start of a response body into a short, printable excerpt for messages.
 *
 * <p>Not API: part of the library's implementation, which may change in any release.
 */
public final class BodyExcerpt {
  private BodyExcerpt() {}

  /**
   * Returns an excerpt: the body's first characters, decoded as UTF-8 (invalid bytes replaced),
   * with control characters and line breaks replaced by a space.
   *
   * @param body the body bytes
   * @return at most {@link ClumioResponseException#MAX_EXCERPT_LENGTH} characters; never null
   */
  public static String of(byte[] body) {
    int max = ClumioResponseException.MAX_EXCERPT_LENGTH;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    CharBuffer chars = CharBuffer.allocate(max);
    decoder.decode(ByteBuffer.wrap(body, 0, Math.min(body.length, max * 4)), chars, true);
    chars.flip();
    StringBuilder excerpt = new StringBuilder(chars.length());
    for (int i = 0; i < chars.length(); i++) {
      char c = chars.charAt(i);
      excerpt.append(Character.isISOControl(c) ? ' ' : c);
    }
    return excerpt.toString();
  }
}
