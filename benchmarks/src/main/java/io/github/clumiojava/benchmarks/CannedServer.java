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

/**
 * An in-process HTTP/1.1 server on a loopback port that answers every request with the same
 * bytes on a kept-alive connection: one thread per connection, the request head skipped, the
 * response written in one go with TCP_NODELAY. It does nothing else, so that it is not what the
 * benchmarks measure (WireMock or the JDK's HttpServer would be: the latter alone cost about
 * 0.5 ms per exchange here).
 */
final class CannedServer implements AutoCloseable {
  static final String MEDIA_TYPE = "application/api.clumio.backup-aws-dynamodb-tables=v1+json";

  private final ServerSocket socket;
  private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
    Thread thread = new Thread(r, "canned-server");
    thread.setDaemon(true);
    return thread;
  });
  private final byte[] response;

  CannedServer(byte[] body) {
    String head = "HTTP/1.1 200 OK\r\nContent-Type: " + MEDIA_TYPE + "\r\nContent-Length: " + body.length
        + "\r\nConnection: keep-alive\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    response = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, response, 0, headBytes.length);
    System.arraycopy(body, 0, response, headBytes.length, body.length);
    try {
      socket = new ServerSocket(0, 1024, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    connections.execute(this::accept);
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
      while (skipRequestHead(in)) {
        out.write(response);
        out.flush();
      }
    } catch (SocketException closed) {
      // the client closed the connection
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads up to the blank line that ends a GET's head; false at the end of the stream. */
  private static boolean skipRequestHead(InputStream in) throws IOException {
    int matched = 0;
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
