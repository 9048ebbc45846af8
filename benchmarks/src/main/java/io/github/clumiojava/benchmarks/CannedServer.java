package io.github.clumiojava.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * An in-process HTTP/1.1 server on a loopback port that answers every request with the same
 * bytes on a kept-alive connection: one thread per connection, the request head skipped, the
 * response written in one go with TCP_NODELAY. It does nothing else, so that it is not what the
 * benchmarks measure (WireMock or the JDK's HttpServer would be: the latter alone cost about
 * 0.5 ms per exchange here).
 *
 * <p>Alternatively, the answer may depend on the request target (path and query) of the request
 * line, looked up in pre-rendered answers; the rest of the head is still skipped.
 */
final class CannedServer implements AutoCloseable {
  static final String MEDIA_TYPE = "application/api.clumio.backup-aws-dynamodb-tables=v1+json";

  private final ServerSocket socket;
  private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
    Thread thread = new Thread(r, "canned-server");
    thread.setDaemon(true);
    return thread;
  });
  /** The answer to every request, or null when {@link #answers} chooses. */
  private final byte[] response;
  private final Function<String, byte[]> answers;

  /**
   * Starts a server that answers every request with 200 OK and this body.
   *
   * @param body the body
   */
  CannedServer(byte[] body) {
    this(response(200, "OK", body), null);
  }

  /**
   * Starts a server whose answer depends on the request target.
   *
   * @param answers gives the whole answer, as {@link #response} builds it, to a request target
   *     ({@code /path?query}, as sent); runs on the connection's thread for every request, so it
   *     should only look up bytes rendered beforehand
   */
  CannedServer(Function<String, byte[]> answers) {
    this(null, answers);
  }

  private CannedServer(byte[] response, Function<String, byte[]> answers) {
    this.response = response;
    this.answers = answers;
    try {
      socket = new ServerSocket(0, 1024, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    connections.execute(this::accept);
  }

  /**
   * Builds a whole answer: the status line, the head ({@link #MEDIA_TYPE}, the length,
   * keep-alive) and the body.
   *
   * @param status the HTTP status
   * @param reason its reason phrase
   * @param body the body
   * @return the bytes to write
   */
  static byte[] response(int status, String reason, byte[] body) {
    String head = "HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: " + MEDIA_TYPE + "\r\nContent-Length: "
        + body.length + "\r\nConnection: keep-alive\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] response = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, response, 0, headBytes.length);
    System.arraycopy(body, 0, response, headBytes.length, body.length);
    return response;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        connection.setTcpNoDelay(true);
        connections.execute(() -> serve(connection));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket connection) {
    try (connection) {
      InputStream in = new BufferedInputStream(connection.getInputStream(), 8192);
      OutputStream out = connection.getOutputStream();
      byte[] line = answers == null ? null : new byte[8192];
      while (true) {
        byte[] answer;
        if (answers == null) {
          answer = skipRequestHead(in, 0) ? response : null;
        } else {
          String target = readRequestTarget(in, line);
          answer = target == null ? null : answers.apply(target);
        }
        if (answer == null) {
          return;
        }
        out.write(answer);
        out.flush();
      }
    } catch (SocketException closed) {
      // the client closed the connection
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a GET's head and returns the target of its request line ({@code GET <target>
   * HTTP/1.1}).
   *
   * @param in the connection
   * @param line a buffer for the request line
   * @return the target, or null at the end of the stream
   */
  private static String readRequestTarget(InputStream in, byte[] line) throws IOException {
    int length = 0;
    int b;
    while ((b = in.read()) != '\n') {
      if (b == -1) {
        return null;
      }
      if (length == line.length) {
        throw new IOException("request line longer than " + line.length + " bytes");
      }
      line[length++] = (byte) b;
    }
    // The line and its CRLF are read: the head ends at the next CRLF that follows one.
    if (!skipRequestHead(in, 2)) {
      return null;
    }
    String requestLine = new String(line, 0, length, StandardCharsets.US_ASCII).strip();
    int from = requestLine.indexOf(' ');
    int to = requestLine.lastIndexOf(' ');
    if (from < 0 || to <= from) {
      throw new IOException("not a request line: " + requestLine);
    }
    return requestLine.substring(from + 1, to);
  }

  /**
   * Reads up to the blank line that ends a GET's head; false at the end of the stream.
   *
   * @param in the connection
   * @param matched how much of the CRLF CRLF that ends the head has been read already
   */
  private static boolean skipRequestHead(InputStream in, int matched) throws IOException {
    int b;
    while ((b = in.read()) != -1) {
      matched = switch (matched) {
        case 0, 2 -> b == '\r' ? matched + 1 : 0;
        case 1, 3 -> b == '\n' ? matched + 1 : (b == '\r' ? 1 : 0);
        default -> 0;
      };
      if (matched == 4) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    connections.shutdownNow();
  }
}
