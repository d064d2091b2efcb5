package dev.learninglab.labs.forecast.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.learninglab.core.io.Json;
import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.forecast.io.SeriesSource;
import dev.learninglab.testing.Mirror;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The protocol and the three baselines equal NumPy's (baselines.json, written by make_fixture.py
 * beside it): counts exactly, persistence and SMA to 1e-9 relative, AR to 1e-6, and the
 * Diebold–Mariano test of AR against persistence to SciPy's normal p-value (1e-6).
 */
class BaselinesNumpyTest {

  @Test
  void googAtWindow50MatchesNumpy() throws Exception {
    check(fixture("goog", 50));
  }

  @Test
  void googAtWindow10MatchesNumpy() throws Exception {
    check(fixture("goog", 10));
  }

  @Test
  void vixMatchesNumpy() throws Exception {
    Mirror.assumeDatasets("vix-daily");
    check(fixture("vix", 50));
  }

  private static void check(JsonNode expected) throws Exception {
    int w = expected.get("window").asInt();
    Series s = SeriesSource.load(expected.get("series").asText(), null, null, w, Progress.none());
    TestWindows t = TestWindows.of(s, new Protocol(w));
    BaselineReport r = BaselineReport.of(t);
    assertThat(r.n()).isEqualTo(expected.get("n").asInt());
    assertThat(r.windows()).isEqualTo(expected.get("windows").asInt());
    assertThat(r.train()).isEqualTo(expected.get("train").asInt());
    assertThat(r.test()).isEqualTo(expected.get("test").asInt());
    close(t.metrics(t.persistence()), expected.get("persistence"), 1e-9);
    close(t.metrics(t.sma()), expected.get("sma"), 1e-9);
    close(t.metrics(t.ar()), expected.get("ar"), 1e-6);
    assertThat(t.ar()[0]).isCloseTo(expected.get("arFirstForecast").asDouble(), within(1e-6 * 700));
    DieboldMariano dm = DieboldMariano.test(t.ar(), t.persistence(), t.truth());
    relativelyClose(dm.statistic(), expected.at("/dmArVsPersistence/statistic").asDouble(), 1e-6);
    relativelyClose(dm.p(), expected.at("/dmArVsPersistence/p").asDouble(), 1e-6);
  }

  private static void close(Metrics actual, JsonNode expected, double relative) {
    relativelyClose(actual.mse(), expected.get("mse").asDouble(), relative);
    relativelyClose(actual.mae(), expected.get("mae").asDouble(), relative);
    relativelyClose(actual.mase(), expected.get("mase").asDouble(), relative);
  }

  private static void relativelyClose(double actual, double expected, double relative) {
    assertThat(actual).isCloseTo(expected, within(relative * Math.abs(expected)));
  }

  static JsonNode fixture(String series, int window) throws Exception {
    try (InputStream in =
        BaselinesNumpyTest.class.getResourceAsStream(
            "/dev/learninglab/labs/forecast/baselines.json")) {
      for (JsonNode c : Json.mapper().readTree(in).get("cases")) {
        if (c.get("series").asText().equals(series) && c.get("window").asInt() == window) {
          return c;
        }
      }
    }
    throw new AssertionError("no fixture for " + series + " at window " + window);
  }
}
