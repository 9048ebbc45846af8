package io.github.clumiojava.internal;

import java.io.IOException;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * A response body read up to a limit, so that memory stays bounded whatever the server sends.
 *
 * @param bytes the bytes read, at most the limit
 * @param truncated whether the body went on past the limit (the rest was not read)
 */
record BoundedBody(byte[] bytes, boolean truncated) {
  /**
   * Reads at most {@code limit} bytes of a body, and one more to tell whether it goes on.
   *
   * @param body the body, or null for none
   * @param limit the most bytes to keep
   * @return what was read
   * @throws IOException if reading fails (a reset, a body cut short, a timeout)
   */
  static BoundedBody read(ResponseBody body, long limit) throws IOException {
    if (body == null) {
      return new BoundedBody(new byte[0], false);
    }
    BufferedSource source = body.source();
    Buffer buffer = new Buffer();
    while (buffer.size() <= limit) {
      if (source.read(buffer, Math.min(8192, limit + 1 - buffer.size())) == -1) {
        return new BoundedBody(buffer.readByteArray(), false);
      }
    }
    return new BoundedBody(buffer.readByteArray(limit), true);
  }
}
