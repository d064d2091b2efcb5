package dev.learninglab.labs.audio.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.learninglab.core.io.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the librosa fixtures of src/test/resources/audio (made by make_fixtures.py there) and
 * compares arrays with the tolerance: max |error| ≤ 1e-4 × max |reference|.
 */
final class LibrosaFixture {
  static final double TOLERANCE = 1e-4;

  private LibrosaFixture() {}

  static JsonNode json(String name) {
    try (InputStream in = LibrosaFixture.class.getResourceAsStream("/audio/librosa/" + name)) {
      assertThat(in).as("fixture %s", name).isNotNull();
      return Json.mapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path signal(String file) {
    try {
      return Path.of(LibrosaFixture.class.getResource("/audio/signals/" + file).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A bundled sample from the repository's data/ folder (tests run from the project root). */
  static Path bundled(String file) {
    return Path.of("data", "audio", file);
  }

  static double[] doubles(JsonNode array) {
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asDouble();
    }
    return out;
  }

  /** Asserts closeness and returns the error relative to the reference's max |value|. */
  static double assertClose(double[] expected, double[] actual, double scale, String what) {
    assertThat(actual).as(what + " length").hasSameSizeAs(expected);
    double s = scale > 0 ? scale : 1.0;
    double worst = 0;
    for (int i = 0; i < expected.length; i++) {
      assertThat(Double.isFinite(actual[i])).as("%s[%d] finite", what, i).isTrue();
      worst = Math.max(worst, Math.abs(expected[i] - actual[i]) / s);
    }
    assertThat(worst).as("%s: max |error| / max |ref|", what).isLessThanOrEqualTo(TOLERANCE);
    System.out.printf(Locale.ROOT, "parity %-40s %.2e%n", what, worst);
    return worst;
  }

  /** Compares a summary written by make_fixtures.summary() with the full Java array. */
  static double assertSummary(JsonNode ref, FrameMatrix m, String what) {
    return assertSummary(ref, m, what, 0);
  }

  /**
   * As {@link #assertSummary(JsonNode, FrameMatrix, String)} with the scale at least {@code
   * minScale}: dB arrays are judged against their 80 dB range, because for silence their max is a
   * float32 rounding residue (-7.6e-6 dB) that no relative tolerance could meet.
   */
  static double assertSummary(JsonNode ref, FrameMatrix m, String what, double minScale) {
    assertThat(new int[] {m.rows(), m.frames()})
        .as(what + " shape")
        .containsExactly(ref.get("shape").get(0).asInt(), ref.get("shape").get(1).asInt());
    double scale = Math.max(minScale, ref.get("absMax").asDouble());
    double worst = 0;
    if (ref.has("values")) {
      double[] exp = new double[m.rows() * m.frames()];
      double[] act = new double[exp.length];
      for (int r = 0; r < m.rows(); r++) {
        for (int t = 0; t < m.frames(); t++) {
          exp[r * m.frames() + t] = ref.get("values").get(r).get(t).asDouble();
          act[r * m.frames() + t] = m.get(r, t);
        }
      }
      return assertClose(exp, act, scale, what);
    }
    worst =
        Math.max(
            worst,
            assertClose(
                new double[] {ref.get("max").asDouble(), ref.get("min").asDouble()},
                new double[] {m.max(), m.min()},
                scale,
                what + " max/min"));
    for (Iterator<Map.Entry<String, JsonNode>> it = ref.get("columns").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      int t = Integer.parseInt(e.getKey());
      double[] act = new double[m.rows()];
      for (int r = 0; r < m.rows(); r++) {
        act[r] = m.get(r, t);
      }
      worst = Math.max(worst, assertClose(doubles(e.getValue()), act, scale, what + " frame " + t));
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = ref.get("rows").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      int r = Integer.parseInt(e.getKey());
      double[] act = new double[m.frames()];
      for (int t = 0; t < m.frames(); t++) {
        act[t] = m.get(r, t);
      }
      worst = Math.max(worst, assertClose(doubles(e.getValue()), act, scale, what + " row " + r));
    }
    double[] colSums = new double[m.frames()];
    double[] rowSums = new double[m.rows()];
    for (int r = 0; r < m.rows(); r++) {
      for (int t = 0; t < m.frames(); t++) {
        colSums[t] += m.get(r, t);
        rowSums[r] += m.get(r, t);
      }
    }
    double[] expCol = doubles(ref.get("columnSums"));
    double[] expRow = doubles(ref.get("rowSums"));
    worst =
        Math.max(
            worst,
            assertClose(
                expCol,
                colSums,
                Math.max(absMax(expCol), minScale * m.rows()),
                what + " frame sums"));
    worst =
        Math.max(
            worst,
            assertClose(
                expRow,
                rowSums,
                Math.max(absMax(expRow), minScale * m.frames()),
                what + " row sums"));
    return worst;
  }

  static double absMax(double[] v) {
    double m = 0;
    for (double x : v) {
      m = Math.max(m, Math.abs(x));
    }
    return m;
  }
}
