package dev.learninglab.labs.forecast.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.learninglab.core.io.AtomicFiles;
import dev.learninglab.core.io.Json;
import dev.learninglab.core.io.Quote;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The tutorial's extraction step: daily prices from Alpha Vantage ({@code TIME_SERIES_DAILY},
 * outputsize full) saved as a CSV with the symbol and the retrieval date. The API answers its
 * errors inside a 200 response ({@code "Note"}: too many calls a minute; {@code "Information"}: the
 * daily limit, a premium endpoint or a bad key; {@code "Error Message"}: an unknown symbol): each
 * becomes one line. A rate-limit note is retried after a polite pause, a server error or broken
 * connection up to three times; when the service cannot be reached the cached copy is used. The API
 * key is sent, never written to a message, a log or the CSV (only {@link ApiKeySetting} keeps it).
 */
public final class AlphaVantage {
  public static final String ENDPOINT = "https://www.alphavantage.co/query";
  static final int ATTEMPTS = 3;
  private static final long MAX_BYTES = 64L << 20;
  private static final Pattern SYMBOL = Pattern.compile("[A-Za-z0-9.^=\\-]{1,20}");

  /** How the client waits between attempts (tests wait for nothing). */
  @FunctionalInterface
  public interface Pause {
    void sleep(Duration d) throws InterruptedException;
  }

  /** What a fetch gave: where it was saved, how many days, and whether it came from the cache. */
  public record Fetched(Path file, int days, LocalDate last, boolean fromCache, String note) {}

  private final URI endpoint;
  private final Path cacheDir;
  private final Pause pause;
  private final Duration rateLimitPause;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();

  public AlphaVantage(URI endpoint, Path cacheDir, Pause pause, Duration rateLimitPause) {
    this.endpoint = endpoint;
    this.cacheDir = cacheDir;
    this.pause = pause;
    this.rateLimitPause = rateLimitPause;
  }

  /** Checks a symbol before anything is sent. */
  public static String checkSymbol(String symbol) {
    if (symbol == null || !SYMBOL.matcher(symbol).matches()) {
      throw new IllegalArgumentException(
          "SYMBOL must be 1 to 20 letters, digits or . ^ = -, got "
              + Quote.of(String.valueOf(symbol)));
    }
    return symbol.toUpperCase(java.util.Locale.ROOT);
  }

  public Path cacheFile(String symbol) {
    return cacheDir.resolve(checkSymbol(symbol) + ".csv");
  }

  /**
   * Fetches SYMBOL's full daily history into the cache and {@code out} (may be null). The API
   * quotes the key back in some answers ("We have detected your API key as …"): messages show it
   * masked.
   */
  public Fetched fetch(String symbol, String apiKey, Path out)
      throws IOException, InterruptedException {
    try {
      return fetchUnmasked(symbol, apiKey, out);
    } catch (IOException e) {
      if (apiKey != null && !apiKey.isBlank() && String.valueOf(e.getMessage()).contains(apiKey)) {
        throw new IOException(e.getMessage().replace(apiKey, "****"), e);
      }
      throw e;
    }
  }

  private Fetched fetchUnmasked(String symbol, String apiKey, Path out)
      throws IOException, InterruptedException {
    String sym = checkSymbol(symbol);
    if (apiKey == null || apiKey.isBlank()) {
      throw new IllegalArgumentException(
          "No Alpha Vantage API key: give --api-key K, set ALPHAVANTAGE_API_KEY or save one in"
              + " the lab's Data stage (a free key:"
              + " https://www.alphavantage.co/support/#api-key)");
    }
    if (out != null) {
      AtomicFiles.writableTarget(out); // refused before the call, not after
    }
    Path cache = cacheFile(sym);
    JsonNode answer;
    try {
      answer = call(sym, apiKey);
    } catch (Unreachable e) {
      if (Files.isRegularFile(cache)) {
        Fetched cached = save(Files.readString(cache), sym, cache, out, true);
        return new Fetched(
            cached.file(),
            cached.days(),
            cached.last(),
            true,
            e.getMessage() + "; using the cached copy");
      }
      throw new IOException(e.getMessage() + ", and there is no cached copy of " + sym, e);
    }
    String csv = csv(sym, answer);
    return save(csv, sym, cache, out, false);
  }

  private Fetched save(String csv, String sym, Path cache, Path out, boolean fromCache)
      throws IOException {
    if (!fromCache) {
      AtomicFiles.writeString(cache, csv);
    }
    if (out != null) {
      AtomicFiles.writeString(out, csv);
    }
    long days = csv.lines().filter(l -> !l.startsWith("#") && !l.startsWith("date")).count();
    String lastLine = csv.lines().reduce((a, b) -> b).orElse("");
    LocalDate last = LocalDate.parse(lastLine.substring(0, 10));
    return new Fetched(out != null ? out : cache, (int) days, last, fromCache, null);
  }

  /** The service could not be reached (network, or its servers failing). */
  static final class Unreachable extends Exception {
    Unreachable(String message) {
      super(message);
    }
  }

  private JsonNode call(String sym, String apiKey)
      throws IOException, InterruptedException, Unreachable {
    URI uri =
        URI.create(
            endpoint
                + "?function=TIME_SERIES_DAILY&outputsize=full&datatype=json&symbol="
                + URLEncoder.encode(sym, StandardCharsets.UTF_8)
                + "&apikey="
                + URLEncoder.encode(apiKey, StandardCharsets.UTF_8));
    String problem = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      if (attempt > 1) {
        pause.sleep(
            problem.startsWith("rate") ? rateLimitPause : Duration.ofSeconds(2L << attempt));
      }
      HttpResponse<InputStream> r;
      try {
        r =
            http.send(
                HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
      } catch (IOException e) {
        // the exception text may hold the URL, and so the key: name the host only
        problem = "cannot reach " + endpoint.getHost() + " (" + e.getClass().getSimpleName() + ")";
        continue;
      }
      byte[] body;
      try (InputStream in = r.body()) {
        body = in.readNBytes((int) MAX_BYTES + 1);
      }
      if (body.length > MAX_BYTES) {
        throw new IOException("Alpha Vantage answered more than 64 MB; refused");
      }
      if (r.statusCode() >= 500 || r.statusCode() == 429) {
        problem =
            (r.statusCode() == 429 ? "rate limited" : "server error")
                + " (HTTP "
                + r.statusCode()
                + ")";
        continue;
      }
      if (r.statusCode() != 200) {
        throw new IOException("Alpha Vantage answered HTTP " + r.statusCode());
      }
      JsonNode json;
      try {
        json = Json.mapper().readTree(body);
      } catch (IOException e) {
        throw new IOException(
            "Alpha Vantage's answer is not JSON: "
                + Quote.of(
                    new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8)));
      }
      if (json != null && json.has("Note")) {
        problem = "rate limit: " + Quote.line(json.get("Note").asText());
        continue; // too many calls this minute: wait and try again
      }
      return json;
    }
    if (problem.startsWith("rate limit")) {
      throw new IOException("Alpha Vantage's " + problem + " (tried " + ATTEMPTS + " times)");
    }
    throw new Unreachable(problem);
  }

  /** The CSV of a {@code TIME_SERIES_DAILY} answer, dates ascending, or the API's own message. */
  static String csv(String sym, JsonNode json) throws IOException {
    if (json == null || !json.isObject()) {
      throw new IOException("Alpha Vantage's answer is not a JSON object");
    }
    if (json.has("Error Message")) {
      throw new IOException(
          "Alpha Vantage: "
              + Quote.line(json.get("Error Message").asText())
              + " (is "
              + sym
              + " a listed symbol?)");
    }
    if (json.has("Information")) {
      throw new IOException("Alpha Vantage: " + Quote.line(json.get("Information").asText()));
    }
    JsonNode days = json.get("Time Series (Daily)");
    if (days == null || !days.isObject() || days.isEmpty()) {
      throw new IOException("Alpha Vantage's answer has no \"Time Series (Daily)\" for " + sym);
    }
    Map<String, JsonNode> sorted = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = days.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      sorted.put(e.getKey(), e.getValue());
    }
    StringBuilder csv =
        new StringBuilder("# Alpha Vantage TIME_SERIES_DAILY ")
            .append(sym)
            .append(", retrieved ")
            .append(LocalDate.now())
            .append('\n')
            .append("date,open,high,low,close,volume\n");
    for (Map.Entry<String, JsonNode> e : sorted.entrySet()) {
      JsonNode d = e.getValue();
      csv.append(e.getKey());
      for (String field : new String[] {"1. open", "2. high", "3. low", "4. close", "5. volume"}) {
        String v = d.path(field).asText("");
        try {
          Double.parseDouble(v);
        } catch (NumberFormatException bad) {
          throw new IOException(
              "Alpha Vantage's " + e.getKey() + " has no number for " + Quote.of(field));
        }
        csv.append(',').append(v);
      }
      csv.append('\n');
    }
    return csv.toString();
  }
}
