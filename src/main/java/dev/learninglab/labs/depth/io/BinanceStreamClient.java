package dev.learninglab.labs.depth.io;

import dev.learninglab.labs.depth.model.DepthJson;
import dev.learninglab.labs.depth.model.DepthUpdate;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The diff-depth websocket of one symbol as an {@link EventSource}: frames are parsed as they
 * arrive and queued; {@link #next()} waits up to the idle timeout for one. A closed or failed
 * socket ends the stream with the reason.
 */
public final class BinanceStreamClient implements EventSource {
  private static final Object END = new Object();
  private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
  private final Duration idleTimeout;
  private final URI uri;
  private WebSocket socket;

  private BinanceStreamClient(URI uri, Duration idleTimeout) {
    this.uri = uri;
    this.idleTimeout = idleTimeout;
  }

  /** Opens the stream, waiting at most {@code connectTimeout} for the handshake. */
  public static BinanceStreamClient connect(
      HttpClient http,
      BinanceEndpoints endpoints,
      String symbol,
      Duration connectTimeout,
      Duration idleTimeout)
      throws IOException, InterruptedException {
    BinanceStreamClient client = new BinanceStreamClient(endpoints.diffStream(symbol), idleTimeout);
    try {
      client.socket =
          http.newWebSocketBuilder()
              .connectTimeout(connectTimeout)
              .buildAsync(client.uri, client.new Frames())
              .get(connectTimeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      throw new IOException(
          "Cannot open the Binance stream " + client.uri + " — are you offline? (" + cause + ")",
          cause);
    }
    return client;
  }

  @Override
  public Optional<DepthUpdate> next() throws IOException, InterruptedException {
    Object item = queue.poll(idleTimeout.toMillis(), TimeUnit.MILLISECONDS);
    if (item == null) {
      throw new IOException("No event from " + uri + " for " + idleTimeout.toSeconds() + " s");
    }
    if (item == END) {
      queue.add(END);
      return Optional.empty();
    }
    if (item instanceof IOException e) {
      throw e;
    }
    return Optional.of((DepthUpdate) item);
  }

  @Override
  public boolean paced() {
    return false;
  }

  @Override
  public void close() {
    if (socket != null) {
      socket.abort();
    }
  }

  /** Collects text frames (which may arrive in parts) and queues parsed events. */
  private final class Frames implements WebSocket.Listener {
    private final StringBuilder text = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        String frame = text.toString();
        text.setLength(0);
        try {
          queue.add(DepthJson.parseUpdate(frame, uri.toString()));
        } catch (IllegalArgumentException e) {
          queue.add(new IOException("Unexpected frame on " + uri + ": " + e.getMessage(), e));
        }
      }
      ws.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
      queue.add(END);
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      queue.add(new IOException("Stream " + uri + " failed: " + error.getMessage(), error));
    }
  }
}
