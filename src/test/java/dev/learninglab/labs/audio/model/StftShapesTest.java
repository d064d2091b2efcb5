package dev.learninglab.labs.audio.model;

import static dev.learninglab.labs.audio.model.LibrosaFixture.assertSummary;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Framing edge cases against librosa: odd lengths, shorter than n_fft, odd n_fft, one sample. */
class StftShapesTest {
  private final JsonNode fixture = LibrosaFixture.json("stft-shapes.json");

  @Test
  void magnitudesAndFrameCountsMatchLibrosa() {
    double[] signal = LibrosaFixture.doubles(fixture.get("signal"));
    for (JsonNode c : fixture.get("cases")) {
      int n = c.get("n").asInt();
      float[] y = new float[n];
      for (int i = 0; i < n; i++) {
        y[i] = (float) signal[i];
      }
      StftSettings s = new StftSettings(c.get("nFft").asInt(), c.get("hop").asInt());
      FrameMatrix mag = Stft.magnitude(y, s);
      assertThat(mag.frames()).isEqualTo(s.frames(n));
      assertSummary(c, mag, "stft n=" + n + " n_fft=" + s.nFft() + " hop=" + s.hop());
    }
  }

  @Test
  void centredFramesAreOnePlusLengthOverHop() {
    assertThat(StftSettings.LIBROSA.frames(22050)).isEqualTo(1 + 22050 / 512);
    assertThat(StftSettings.LIBROSA.frames(1)).isEqualTo(1);
  }
}
