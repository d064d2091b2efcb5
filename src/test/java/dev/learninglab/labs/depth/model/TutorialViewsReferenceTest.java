package dev.learninglab.labs.depth.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * describe, histograms and cumulative depth against pandas/numpy on a synthetic book
 * (src/test/resources/depth/make_fixtures.py).
 */
class TutorialViewsReferenceTest {
  private static final double TOL = 1e-9;

  private static String resource(String name) throws Exception {
    try (InputStream in = TutorialViewsReferenceTest.class.getResourceAsStream("/depth/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void matchesPandasAndNumpy() throws Exception {
    BookSnapshot book =
        DepthJson.parseSnapshot(resource("synthetic_book.json"), "synthetic_book.json");
    JsonNode ref = new ObjectMapper().readTree(resource("synthetic_reference.json"));
    LevelTable table = LevelTable.of(book);

    for (Side side : Side.values()) {
      JsonNode r = ref.path("describe").path(side.label() + "s");
      Describe d = Describe.of(table.prices(side));
      assertThat((double) d.count()).isEqualTo(r.path("count").asDouble());
      assertThat(d.mean()).isCloseTo(r.path("mean").asDouble(), within(TOL));
      assertThat(d.std()).isCloseTo(r.path("std").asDouble(), within(TOL));
      assertThat(d.min()).isEqualTo(r.path("min").asDouble());
      assertThat(d.q25()).isCloseTo(r.path("25%").asDouble(), within(TOL));
      assertThat(d.median()).isCloseTo(r.path("50%").asDouble(), within(TOL));
      assertThat(d.q75()).isCloseTo(r.path("75%").asDouble(), within(TOL));
      assertThat(d.max()).isEqualTo(r.path("max").asDouble());

      List<DepthCurve.Point> pts = DepthCurve.of(book, side).points();
      JsonNode cum = ref.path("cumulative").path(side.label() + "s");
      assertThat(pts).hasSize(cum.size());
      for (int i = 0; i < pts.size(); i++) {
        assertThat(pts.get(i).cumulativeQuantity().doubleValue())
            .isCloseTo(cum.get(i).asDouble(), within(TOL));
      }
    }

    JsonNode h = ref.path("histogram");
    double[] prices = table.allPrices();
    assertThat(Histogram.autoBins(prices)).isEqualTo(h.path("bins").asInt());
    Histogram counts = Histogram.of(prices, null, h.path("bins").asInt());
    Histogram weighted = Histogram.of(prices, table.allQuantities(), h.path("bins").asInt());
    for (int i = 0; i < counts.totals().length; i++) {
      assertThat(counts.totals()[i]).isEqualTo(h.path("counts").get(i).asDouble());
      assertThat(weighted.totals()[i]).isCloseTo(h.path("weighted").get(i).asDouble(), within(TOL));
    }
    for (int i = 0; i < counts.edges().length; i++) {
      assertThat(counts.edges()[i]).isCloseTo(h.path("edges").get(i).asDouble(), within(TOL));
    }
  }
}
