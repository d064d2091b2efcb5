package dev.learninglab.labs.forecast.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import dev.learninglab.core.io.LabHome;
import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.forecast.model.Series;
import dev.learninglab.testing.Cli;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Alpha Vantage client against a fake server on loopback that answers as the real API does: the
 * daily series, and each in-band message ("Note", "Information", "Error Message").
 */
class AlphaVantageTest {
  private static final String KEY = "SECRETKEY123";
  private static final String NOTE =
      "{\"Note\": \"Thank you for using Alpha Vantage! Our standard API call frequency is 5 calls"
          + " per minute and 100 calls per day.\"}";
  private static final String DAILY_LIMIT =
      "{\"Information\": \"We have detected your API key as SECRETKEY123 and our standard API rate"
          + " limit is 25 requests per day.\"}";
  private static final String BAD_SYMBOL =
      "{\"Error Message\": \"Invalid API call. Please retry or visit the documentation"
          + " (https://www.alphavantage.co/documentation/) for TIME_SERIES_DAILY.\"}";
  private static final String BAD_KEY =
      "{\"Error Message\": \"the parameter apikey is invalid or missing. Please claim your free"
          + " API key on (https://www.alphavantage.co/support/#api-key).\"}";

  @TempDir Path dir;
  private HttpServer server;

  /** Answers to give, in order, as (status, body); the last one repeats. */
  private final Deque<Object[]> answers = new ArrayDeque<>();

  private final List<String> queries = new ArrayList<>();
  private final List<Duration> pauses = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/query",
        exchange -> {
          synchronized (answers) {
            queries.add(exchange.getRequestURI().getRawQuery());
            Object[] a = answers.size() > 1 ? answers.poll() : answers.peek();
            byte[] body = ((String) a[1]).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders((Integer) a[0], body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/query");
  }

  private AlphaVantage client() {
    return new AlphaVantage(endpoint(), dir.resolve("cache"), pauses::add, Duration.ofSeconds(60));
  }

  private void answer(int status, String body) {
    answers.add(new Object[] {status, body});
  }

  @Test
  void savesTheDailySeriesAscendingAsACsvTheLabReads() throws Exception {
    answer(200, AlphaVantageAnswers.sixtyDays());
    Path out = dir.resolve("ibm.csv");
    AlphaVantage.Fetched f = client().fetch("ibm", KEY, out);
    assertThat(f.days()).isEqualTo(60);
    assertThat(f.last()).hasToString("2024-03-29");
    assertThat(queries.get(0))
        .contains("function=TIME_SERIES_DAILY", "outputsize=full", "symbol=IBM", "apikey=" + KEY);
    String csv = Files.readString(out);
    assertThat(csv).startsWith("# Alpha Vantage TIME_SERIES_DAILY IBM, retrieved ");
    assertThat(csv).doesNotContain(KEY);
    assertThat(Files.readString(client().cacheFile("IBM"))).isEqualTo(csv);
    Series s = SeriesSource.load(out.toString(), null, null, 50, Progress.none());
    assertThat(s.size()).isEqualTo(60);
    assertThat(s.dates().get(0)).isBefore(s.dates().get(59));
  }

  @Test
  void aRateLimitNoteIsRetriedAfterAPause() throws Exception {
    answer(200, NOTE);
    answer(200, AlphaVantageAnswers.sixtyDays());
    assertThat(client().fetch("IBM", KEY, null).days()).isEqualTo(60);
    assertThat(pauses).containsExactly(Duration.ofSeconds(60));
  }

  @Test
  void eachInBandAnswerIsOneLineWithoutTheKey() {
    record Case(int status, String body, String says) {}
    for (Case c :
        List.of(
            new Case(200, NOTE, "rate limit"),
            new Case(200, DAILY_LIMIT, "25 requests per day"),
            new Case(200, BAD_SYMBOL, "is IBMX a listed symbol?"),
            new Case(200, BAD_KEY, "apikey is invalid"),
            new Case(200, "<html>maintenance</html>", "is not JSON"),
            new Case(200, "{\"Meta Data\": {}}", "has no \"Time Series (Daily)\""),
            new Case(404, "{}", "HTTP 404"))) {
      answers.clear();
      answer(c.status(), c.body());
      assertThatThrownBy(() -> client().fetch("IBMX", KEY, dir.resolve("never.csv")))
          .as(c.says())
          .satisfies(
              e -> {
                assertThat(e.getMessage()).contains(c.says()).doesNotContain("\n");
                // the key is not repeated, even where the API quotes it back
                assertThat(e.getMessage()).doesNotContain(KEY);
              });
      assertThat(dir.resolve("never.csv")).doesNotExist();
    }
  }

  @Test
  void serverErrorsAreRetriedThenTheCacheServesOffline() throws Exception {
    answer(500, "oops");
    answer(200, AlphaVantageAnswers.sixtyDays());
    assertThat(client().fetch("IBM", KEY, null).fromCache()).isFalse();
    assertThat(pauses).hasSize(1);
    server.stop(0); // offline now
    AlphaVantage.Fetched offline = client().fetch("IBM", KEY, dir.resolve("copy.csv"));
    assertThat(offline.fromCache()).isTrue();
    assertThat(offline.note()).contains("cannot reach 127.0.0.1", "using the cached copy");
    assertThat(Files.readString(dir.resolve("copy.csv"))).contains("2024-03-29");
    assertThatThrownBy(() -> client().fetch("MSFT", KEY, null))
        .hasMessageContaining("no cached copy of MSFT")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(KEY));
  }

  @Test
  void theCommandTakesTheKeyAndRefusesBadInputFirst() throws Exception {
    answer(200, AlphaVantageAnswers.sixtyDays());
    Path out = dir.resolve("cli.csv");
    Cli ok =
        Cli.run(
            "forecast",
            "fetch",
            "IBM",
            "--api-key",
            KEY,
            "--out",
            out.toString(),
            "--endpoint",
            endpoint().toString());
    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(ok.out()).contains("IBM: 60 days up to 2024-03-29").doesNotContain(KEY);
    assertThat(ok.err()).doesNotContain(KEY);
    Cli badSymbol =
        Cli.run(
            "forecast", "fetch", "I B M", "--api-key", KEY, "--endpoint", endpoint().toString());
    assertThat(badSymbol.code()).isEqualTo(1);
    assertThat(badSymbol.err()).contains("SYMBOL must be");
    int calls = queries.size();
    Cli folder =
        Cli.run(
            "forecast",
            "fetch",
            "IBM",
            "--api-key",
            KEY,
            "--out",
            dir.toString(),
            "--endpoint",
            endpoint().toString());
    assertThat(folder.code()).isEqualTo(1);
    assertThat(folder.err()).contains("is a folder");
    assertThat(queries).hasSize(calls); // refused before calling
  }

  @Test
  void theCommandFallsBackToTheKeySavedInTheLab() throws Exception {
    assumeTrue(System.getenv("ALPHAVANTAGE_API_KEY") == null, "ALPHAVANTAGE_API_KEY is set here");
    answer(200, AlphaVantageAnswers.sixtyDays());
    ApiKeySetting setting = new ApiKeySetting(LabHome.dir());
    try {
      setting.save("");
      Cli none = Cli.run("forecast", "fetch", "IBM", "--endpoint", endpoint().toString());
      assertThat(none.code()).isEqualTo(1);
      assertThat(none.err()).contains("No Alpha Vantage API key", "Data stage");
      assertThat(queries).isEmpty();
      setting.save(KEY);
      Cli saved = Cli.run("forecast", "fetch", "IBM", "--endpoint", endpoint().toString());
      assertThat(saved.code()).as(saved.err()).isZero();
      assertThat(queries).hasSize(1);
      assertThat(queries.get(0)).contains("apikey=" + KEY);
      assertThat(saved.out() + saved.err()).doesNotContain(KEY);
      Cli option =
          Cli.run(
              "forecast",
              "fetch",
              "IBM",
              "--api-key",
              "OTHER9",
              "--endpoint",
              endpoint().toString());
      assertThat(option.code()).as(option.err()).isZero();
      assertThat(queries.get(1)).contains("apikey=OTHER9").doesNotContain(KEY);
    } finally {
      setting.save("");
    }
  }
}
