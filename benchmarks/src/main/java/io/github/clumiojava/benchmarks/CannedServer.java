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
import java.util.Locale;
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
 * <p>Alternatively, the answer may depend on the request: on its target (path and query), looked
 * up in pre-rendered answers, and on its {@code Authorization} header (see {@link
 * #answering(Function)}). The rest of the head is skipped.
 *
 * <p>Thread-safe; each connection is served on a daemon thread of its own.
 */
final class CannedServer implements AutoCloseable {
  /** The media type of Clumio's backup operations, which the answers are sent as. */
  static final String MEDIA_TYPE = "application/api.clumio.backup-aws-dynamodb-tables=v1+json";
  /** The media type of Clumio's error bodies. */
  static final String ERROR_MEDIA_TYPE = "application/json";
  private static final String AUTHORIZATION = "authorization:";

  private final ServerSocket socket;
  private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
    Thread thread = new Thread(r, "canned-server");
    thread.setDaemon(true);
    return thread;
  });
  /** The answer to every request, or null when {@link #answers} chooses. */
  private final byte[] response;
  private final Function<Request, byte[]> answers;

  /**
   * What the server read of a request.
   *
   * @param target the request target of the request line ({@code /path?query}, as sent)
   * @param authorization the value of its {@code Authorization} header, or null without one
   */
  record Request(String target, String authorization) {}

  /**
   * Starts a server that answers every request with 200 OK and this body.
   *
   * @param body the body; not copied, so not to be changed afterwards
   * @throws java.io.UncheckedIOException if no loopback port can be opened
   */
  CannedServer(byte[] body) {
    this(response(200, "OK", body), null);
  }

  /**
   * Starts a server whose answer depends on the request target.
   *
   * @param answers gives the whole answer, as {@link #response} builds it, to a request target
   *     ({@code /path?query}, as sent); runs on the connection's thread for every request, so it
   *     should only look up bytes rendered beforehand; null closes the connection
   * @throws java.io.UncheckedIOException if no loopback port can be opened
   */
  CannedServer(Function<String, byte[]> answers) {
    this(null, request -> answers.apply(request.target()));
  }

  /**
   * Starts a server whose answer depends on the request target and its {@code Authorization}
   * header.
   *
   * @param answers gives the whole answer, as {@link #response} builds it, to a request; runs on
   *     the connection's thread for every request, concurrently for different connections; null
   *     closes the connection
   * @return the running server
   * @throws java.io.UncheckedIOException if no loopback port can be opened
   */
  static CannedServer answering(Function<Request, byte[]> answers) {
    return new CannedServer(null, answers);
  }

  private CannedServer(byte[] response, Function<Request, byte[]> answers) {
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
    return response(status, reason, MEDIA_TYPE, "", body);
  }

  /**
   * Builds a whole answer with a content type and header lines of its own.
   *
   * @param status the HTTP status
   * @param reason its reason phrase
   * @param contentType the {@code Content-Type}
   * @param headers more header lines, each ending in CRLF (such as {@code "Retry-After: 1\r\n"}),
   *     or empty
   * @param body the body
   * @return the bytes to write
   */
  static byte[] response(int status, String reason, String contentType, String headers, byte[] body) {
    String head = "HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: " + contentType + "\r\nContent-Length: "
        + body.length + "\r\nConnection: keep-alive\r\n" + headers + "\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] response = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, response, 0, headBytes.length);
    System.arraycopy(body, 0, response, headBytes.length, body.length);
    return response;
  }

  /**
   * Returns the server's address.
   *
   * @return {@code http://127.0.0.1:<port>}
   */
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
          Request request = readRequest(in, line);
          answer = request == null ? null : answers.apply(request);
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
   * Reads a GET's head: the target of its request line ({@code GET <target> HTTP/1.1}) and its
   * {@code Authorization} header.
   *
   * @param in the connection
   * @param line a buffer for one line of the head
   * @return the request, or null at the end of the stream
   */
  private static Request readRequest(InputStream in, byte[] line) throws IOException {
    int length = readLine(in, line);
    if (length < 0) {
      return null;
    }
    String requestLine = new String(line, 0, length, StandardCharsets.US_ASCII).strip();
    int from = requestLine.indexOf(' ');
    int to = requestLine.lastIndexOf(' ');
    if (from < 0 || to <= from) {
      throw new IOException("not a request line: " + requestLine);
    }
    String authorization = null;
    while ((length = readLine(in, line)) > 0) {
      if (length > AUTHORIZATION.length()) {
        String header = new String(line, 0, length, StandardCharsets.US_ASCII);
        if (header.toLowerCase(Locale.ROOT).startsWith(AUTHORIZATION)) {
          authorization = header.substring(AUTHORIZATION.length()).strip();
        }
      }
    }
    return length < 0 ? null : new Request(requestLine.substring(from + 1, to), authorization);
  }

  /**
   * Reads one line of a head into the buffer, without its CRLF.
   *
   * @return its length (0 for the blank line that ends the head), or -1 at the end of the stream
   */
  private static int readLine(InputStream in, byte[] line) throws IOException {
    int length = 0;
    int b;
    while ((b = in.read()) != '\n') {
      if (b == -1) {
        return -1;
      }
      if (length == line.length) {
        throw new IOException("head line longer than " + line.length + " bytes");
      }
      line[length++] = (byte) b;
    }
    return length > 0 && line[length - 1] == '\r' ? length - 1 : length;
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

  /**
   * Stops accepting connections and interrupts the connection threads; a connection's thread
   * ends when its client closes it. Idempotent.
   */
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
