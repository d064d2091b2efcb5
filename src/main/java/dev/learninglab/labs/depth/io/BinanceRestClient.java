package dev.learninglab.labs.depth.io;

import dev.learninglab.labs.depth.model.BookSnapshot;
import dev.learninglab.labs.depth.model.DepthJson;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Optional;

/**
 * Fetches depth snapshots from Binance's REST API with {@link java.net.http.HttpClient}: a connect
 * and a request timeout, rate limits (429/418) surfaced as {@link RateLimitedException} with the
 * server's Retry-After, and a plain "cannot reach Binance" message when offline.
 */
public final class BinanceRestClient {
  private final HttpClient http;
  private final BinanceEndpoints endpoints;
  private final Duration timeout;

  public BinanceRestClient(HttpClient http, BinanceEndpoints endpoints, Duration timeout) {
    this.http = http;
    this.endpoints = endpoints;
    this.timeout = timeout;
  }

  /** An HTTP client with a connect timeout, shared by REST and websocket. */
  public static HttpClient httpClient(Duration connectTimeout) {
    return HttpClient.newBuilder()
        .connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  /** The current book of {@code symbol}, up to {@code limit} levels per side. */
  public BookSnapshot depth(String symbol, int limit) throws IOException, InterruptedException {
    URI uri = endpoints.depth(symbol, limit);
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (HttpConnectTimeoutException | ConnectException | UnresolvedAddressException e) {
      throw offline(e);
    } catch (HttpTimeoutException e) {
      throw new IOException(
          "Binance did not answer " + uri + " within " + timeout.toSeconds() + " s", e);
    } catch (IOException e) {
      if (e.getCause() instanceof UnresolvedAddressException) {
        throw offline(e);
      }
      throw new IOException("Request to " + uri + " failed: " + e.getMessage(), e);
    }
    int status = response.statusCode();
    if (status == 429 || status == 418) {
      throw new RateLimitedException(status, retryAfter(response), uri.toString());
    }
    if (status != 200) {
      String body = response.body();
      throw new IOException(
          uri
              + " answered HTTP "
              + status
              + ": "
              + (body.length() > 200 ? body.substring(0, 200) + "…" : body));
    }
    return DepthJson.parseSnapshot(response.body(), uri.toString());
  }

  private IOException offline(Exception cause) {
    return new IOException(
        "Cannot reach Binance at "
            + endpoints.rest()
            + " — are you offline? The simulated book and the"
            + " recorded FTMUSDT replay work without a network. ("
            + cause
            + ")",
        cause);
  }

  private static Optional<Duration> retryAfter(HttpResponse<?> response) {
    return response
        .headers()
        .firstValue("Retry-After")
        .flatMap(
            v -> {
              try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(v.trim())));
              } catch (NumberFormatException e) {
                return Optional.empty();
              }
            });
  }

  /** A snapshot source backed by this client, for a feed that may resynchronise. */
  public SnapshotSource source(String symbol, int limit) {
    return new SnapshotSource() {
      @Override
      public BookSnapshot fetch() throws IOException, InterruptedException {
        return depth(symbol, limit);
      }

      @Override
      public boolean canRefresh() {
        return true;
      }
    };
  }
}
