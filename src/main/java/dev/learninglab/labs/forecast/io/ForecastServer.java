package dev.learninglab.labs.forecast.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.learninglab.core.io.Json;
import dev.learninglab.core.io.Quote;
import dev.learninglab.labs.forecast.model.Deployment;
import dev.learninglab.labs.forecast.model.EvalReport;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The deployed forecast: the JDK's own HTTP server (no dependency, see
 * docs/decisions/forecast-web-server.md) serving the page at {@code /} and the JSON API {@code GET
 * /api/forecast?series=ID} and {@code GET /api/metrics}. Bound to 127.0.0.1 unless told otherwise;
 * every error is a 4xx with a one-line JSON body {@code {"error": "..."}}.
 */
public final class ForecastServer implements AutoCloseable {
  /** Requests waiting for a thread; 200 concurrent ones must all be answered. */
  private static final int BACKLOG = 512;

  private static final int THREADS = 8;

  /** One line per answer: the API's JSON is not indented as the CLI's is. */
  private static final ObjectMapper COMPACT =
      Json.mapper().copy().disable(SerializationFeature.INDENT_OUTPUT);

  private final HttpServer server;
  private final ExecutorService threads;
  private final Deployment deployment;
  private final byte[] page;
  private final byte[] metrics;

  private ForecastServer(HttpServer server, ExecutorService threads, Deployment deployment) {
    this.server = server;
    this.threads = threads;
    this.deployment = deployment;
    this.page = ForecastPage.html(deployment).getBytes(StandardCharsets.UTF_8);
    this.metrics = compact(EvalReport.of(deployment.evaluation()));
  }

  /** Starts serving on {@code host:port} (port 0: any free one). */
  public static ForecastServer start(Deployment deployment, String host, int port)
      throws IOException {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be 0..65535, got " + port);
    }
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(host, port), BACKLOG);
    } catch (java.net.BindException e) {
      throw new IOException(
          "Cannot serve on " + host + ":" + port + ": " + e.getMessage() + " (try another --port)",
          e);
    }
    ExecutorService threads =
        Executors.newFixedThreadPool(
            THREADS,
            r -> {
              Thread t = new Thread(r, "forecast-http");
              t.setDaemon(true); // the server never keeps the app alive after its window closes
              return t;
            });
    ForecastServer s = new ForecastServer(server, threads, deployment);
    server.setExecutor(threads);
    server.createContext("/", s::handle);
    server.start();
    return s;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public String url() {
    return "http://" + server.getAddress().getHostString() + ":" + port() + "/";
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      URI uri = exchange.getRequestURI();
      if (!exchange.getRequestMethod().equals("GET")) {
        error(exchange, 405, "only GET is served, not " + exchange.getRequestMethod());
        return;
      }
      switch (uri.getPath()) {
        case "/", "/index.html" -> send(exchange, 200, "text/html; charset=utf-8", page);
        case "/api/metrics" -> send(exchange, 200, "application/json", metrics);
        case "/api/forecast" -> forecast(exchange, uri);
        default -> error(exchange, 404, "no such page: " + uri.getPath());
      }
    } catch (RuntimeException e) {
      // a bug must still answer with one line, not a closed connection
      error(exchange, 500, "internal error: " + e.getMessage());
    }
  }

  private void forecast(HttpExchange exchange, URI uri) throws IOException {
    Map<String, String> query = query(uri.getRawQuery());
    String id = query.get("series");
    if (id == null || id.isBlank()) {
      error(exchange, 400, "give the series: /api/forecast?series=" + deployment.series().id());
      return;
    }
    if (deployment.series(id).isEmpty()) {
      error(
          exchange,
          404,
          "unknown series " + Quote.of(id) + "; this server has " + deployment.series().id());
      return;
    }
    send(exchange, 200, "application/json", compact(deployment.next()));
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> out = new java.util.HashMap<>();
    if (raw == null) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      try {
        out.put(
            URLDecoder.decode(key, StandardCharsets.UTF_8),
            URLDecoder.decode(value, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        out.put(key, value); // a broken %-escape is kept as typed, and then not found
      }
    }
    return out;
  }

  private static void error(HttpExchange exchange, int status, String message) throws IOException {
    send(exchange, status, "application/json", compact(Map.of("error", Quote.line(message))));
  }

  private static byte[] compact(Object value) {
    try {
      return (COMPACT.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON for " + value.getClass(), e);
    }
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** Stops taking requests and ends the threads; requests under way get a second to finish. */
  @Override
  public void close() {
    server.stop(1);
    threads.shutdown();
    try {
      threads.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
