package dev.learninglab.labs.depth.io;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for Binance on 127.0.0.1: a REST server answering /api/v3/depth from a queue of canned
 * responses, and a minimal websocket server (RFC 6455 handshake, unmasked text frames) that sends a
 * fixed list of frames to each client and then closes.
 */
public final class FakeBinance implements AutoCloseable {
  /** One canned REST answer. */
  public record Reply(int status, String body, String retryAfter, long delayMillis) {}

  public final Deque<Reply> replies = new ConcurrentLinkedDeque<>();
  public final List<String> requests = new CopyOnWriteArrayList<>();
  final List<String> wsPaths = new CopyOnWriteArrayList<>();
  private final List<String> frames = new ArrayList<>();
  private final HttpServer http;
  private final ServerSocket ws;
  private final Thread wsThread;

  public FakeBinance(List<String> frames) throws IOException {
    this.frames.addAll(frames);
    http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    http.createContext(
        "/api/v3/depth",
        ex -> {
          requests.add(ex.getRequestURI().toString());
          Reply r =
              replies.isEmpty() ? new Reply(500, "no reply queued", null, 0) : replies.pollFirst();
          try {
            Thread.sleep(r.delayMillis());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          if (r.retryAfter() != null) {
            ex.getResponseHeaders().add("Retry-After", r.retryAfter());
          }
          byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
          ex.sendResponseHeaders(r.status(), body.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
          }
        });
    http.start();
    ws = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    wsThread = new Thread(this::serveWebsocket, "fake-binance-ws");
    wsThread.setDaemon(true);
    wsThread.start();
  }

  public BinanceEndpoints endpoints() {
    return new BinanceEndpoints(
        URI.create("http://127.0.0.1:" + http.getAddress().getPort()),
        URI.create("ws://127.0.0.1:" + ws.getLocalPort()));
  }

  private void serveWebsocket() {
    while (!ws.isClosed()) {
      try (Socket s = ws.accept()) {
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
        String key = null;
        String line = in.readLine();
        wsPaths.add(line.split(" ")[1]);
        while ((line = in.readLine()) != null && !line.isEmpty()) {
          if (line.toLowerCase().startsWith("sec-websocket-key:")) {
            key = line.substring(line.indexOf(':') + 1).trim();
          }
        }
        OutputStream out = s.getOutputStream();
        out.write(
            ("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: "
                    + accept(key)
                    + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        for (String f : frames) {
          frame(out, 0x81, f.getBytes(StandardCharsets.UTF_8));
        }
        frame(out, 0x88, new byte[] {0x03, (byte) 0xE8}); // close, 1000 normal
        out.flush();
        Thread.sleep(300); // let the client read before the socket goes
      } catch (IOException | InterruptedException | RuntimeException e) {
        return;
      }
    }
  }

  private static void frame(OutputStream out, int opcode, byte[] payload) throws IOException {
    out.write(opcode);
    if (payload.length < 126) {
      out.write(payload.length);
    } else {
      out.write(126);
      out.write(payload.length >>> 8);
      out.write(payload.length & 0xff);
    }
    out.write(payload);
  }

  private static String accept(String key) {
    try {
      byte[] sha =
          MessageDigest.getInstance("SHA-1")
              .digest(
                  (key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")
                      .getBytes(StandardCharsets.ISO_8859_1));
      return Base64.getEncoder().encodeToString(sha);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws IOException {
    http.stop(0);
    ws.close();
  }
}
