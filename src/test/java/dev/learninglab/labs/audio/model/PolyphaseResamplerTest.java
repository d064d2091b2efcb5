package dev.learninglab.labs.audio.model;

import static dev.learninglab.labs.audio.model.LibrosaFixture.assertClose;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** librosa.resample(res_type="polyphase") = scipy's resample_poly, at the rates files come in. */
class PolyphaseResamplerTest {

  @Test
  void matchesScipyResamplePolyAtCommonRates() {
    JsonNode fixture = LibrosaFixture.json("resample.json");
    double[] x = LibrosaFixture.doubles(fixture.get("signal"));
    float[] y = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = (float) x[i];
    }
    for (JsonNode c : fixture.get("cases")) {
      float[] r = PolyphaseResampler.resample(y, c.get("orig").asInt(), c.get("target").asInt());
      double[] expected = LibrosaFixture.doubles(c.get("values"));
      double[] actual = new double[r.length];
      for (int i = 0; i < r.length; i++) {
        actual[i] = r[i];
      }
      assertClose(
          expected, actual, LibrosaFixture.absMax(expected), "resample from " + c.get("orig"));
    }
  }

  @Test
  void sameRateReturnsACopy() {
    float[] x = {1, 2, 3};
    assertThat(PolyphaseResampler.resample(x, 22050, 22050))
        .containsExactly(1, 2, 3)
        .isNotSameAs(x);
  }
}
