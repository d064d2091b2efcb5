package dev.learninglab.labs.forecast.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.learninglab.core.io.Json;
import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.forecast.model.Deployment;
import dev.learninglab.labs.forecast.model.EvalReport;
import dev.learninglab.testing.Cli;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped GOOG model served on loopback: API, errors, load, and a real browser. */
class ForecastServerTest {
  private static Deployment deployment;
  private static ForecastServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    deployment =
        ModelFolders.open(
            ModelFolders.SHIPPED, Progress.none(), (f, s) -> Deployment.of(f, s, Progress.none()));
    server = ForecastServer.start(deployment, "127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(server.url()).resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void listensOnLoopbackOnly() {
    assertThat(server.url()).startsWith("http://127.0.0.1:");
  }

  @Test
  void metricsAreTheNumbersOfTheCliToTheDigit() throws Exception {
    HttpResponse<String> r = get("/api/metrics");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
    Cli eval = Cli.run("forecast", "eval", "--model", ModelFolders.SHIPPED, "--json");
    assertThat(eval.code()).as(eval.err()).isZero();
    assertThat(Json.mapper().readTree(r.body())).isEqualTo(eval.json());
    assertThat(r.body().strip()).doesNotContain("\n");
  }

  @Test
  void forecastAnswersTomorrowForTheModelsSeries() throws Exception {
    HttpResponse<String> r = get("/api/forecast?series=goog");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode json = Json.mapper().readTree(r.body());
    assertThat(json.get("date").asText()).isEqualTo("2008-10-14");
    assertThat(json.get("persistence").asDouble()).isEqualTo(362.71);
    assertThat(json.get("lstm").asDouble()).isEqualTo(deployment.next().lstm());
  }

  @Test
  void badRequestsGetOneLineJsonErrors() throws Exception {
    record Case(String path, int status, String says) {}
    for (Case c :
        List.of(
            new Case("/api/forecast?series=tsla", 404, "unknown series"),
            new Case("/api/forecast", 400, "give the series"),
            new Case("/api/forecast?series=", 400, "give the series"),
            new Case("/api/forecast?series=go%0Aog", 404, "unknown series"),
            new Case("/nowhere", 404, "no such page"))) {
      HttpResponse<String> r = get(c.path());
      assertThat(r.statusCode()).as(c.path()).isEqualTo(c.status());
      assertThat(r.body().strip()).doesNotContain("\n");
      assertThat(Json.mapper().readTree(r.body()).get("error").asText()).contains(c.says());
    }
    HttpResponse<String> post =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(server.url() + "api/metrics"))
                .POST(HttpRequest.BodyPublishers.ofString("x"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(405);
  }

  @Test
  void survives200ConcurrentRequests() throws Exception {
    List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String path = i % 2 == 0 ? "/api/forecast?series=goog" : "/api/metrics";
      all.add(
          HTTP.sendAsync(
              HttpRequest.newBuilder(URI.create(server.url()).resolve(path)).build(),
              HttpResponse.BodyHandlers.ofString()));
    }
    CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
    for (CompletableFuture<HttpResponse<String>> f : all) {
      assertThat(f.get().statusCode()).isEqualTo(200);
    }
    assertThat(get("/api/forecast?series=goog").statusCode()).isEqualTo(200);
  }

  /**
   * Debian's headless Chromium loads the page and runs its script; the dumped DOM holds the chart
   * with one point per day and the forecasts the API gives.
   */
  @Test
  void aRealBrowserDrawsThePageFromTheApisNumbers(@TempDir Path profile) throws Exception {
    Path chromium = Path.of("/usr/bin/chromium");
    assumeTrue(
        Files.isExecutable(chromium), "Chromium is not installed (apt-get install chromium)");
    Process p =
        new ProcessBuilder(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--user-data-dir=" + profile,
                "--dump-dom",
                server.url())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String dom =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(attribute(dom, "svg", "data-points")).isEqualTo("1047");
    JsonNode api = Json.mapper().readTree(get("/api/forecast?series=goog").body());
    for (String key : List.of("lstm", "persistence", "sma", "ar")) {
      assertThat(Double.parseDouble(attribute(dom, "td id=\"next-" + key + "\"", "data-value")))
          .as(key)
          .isEqualTo(api.get(key).asDouble());
    }
    assertThat(dom).contains("Next-day forecast for GOOG after 2008-10-14");
    // the training line and the test line together draw every day once
    Matcher counts = Pattern.compile("<polyline[^>]*data-count=\"(\\d+)\"").matcher(dom);
    int points = 0;
    while (counts.find()) {
      points += Integer.parseInt(counts.group(1));
    }
    assertThat(points).isEqualTo(1047);
    assertThat(dom).contains(EvalReport.of(deployment.evaluation()).series());
  }

  private static String attribute(String dom, String element, String name) {
    Matcher m =
        Pattern.compile("<" + Pattern.quote(element) + "[^>]*\\s" + name + "=\"([^\"]*)\"")
            .matcher(dom);
    assertThat(m.find()).as(element + " " + name + " in the DOM").isTrue();
    return m.group(1);
  }
}
