package dev.learninglab.labs.superres.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.learninglab.labs.superres.io.ImageFolder;
import dev.learninglab.testing.Mirror;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BicubicTest {

  @Test
  void shrinkingEqualsPillowsAntialiasedBicubicAwayFromTheBorders() {
    Plane src = Fixtures.plane("bicubicSource");
    Plane expected = Fixtures.plane("bicubicDown3");
    Plane actual = Bicubic.downscale(src, 3);
    assertThat(actual.width()).isEqualTo(14);
    assertThat(actual.height()).isEqualTo(12);
    // the stretched kernel reaches 6 source pixels: 2 output pixels from each edge differ
    assertInteriorClose(actual, expected, 2);
  }

  @Test
  void enlargingEqualsPillowsBicubicAwayFromTheBorders() {
    Plane src = Fixtures.plane("bicubicSource");
    Plane actual = Bicubic.upscale(src, 3);
    assertInteriorClose(actual, Fixtures.plane("bicubicUp3"), 6);
  }

  @Test
  void aConstantStaysConstantEvenAtTheMirroredBorders() {
    Plane flat = new Plane(7, 5, new float[35]);
    java.util.Arrays.fill(flat.values(), 100f);
    for (float v : Bicubic.downscale(Bicubic.upscale(flat, 4), 2).values()) {
      assertThat(v).isCloseTo(100f, within(1e-4f));
    }
  }

  /** The paper's bicubic baselines on Set5 (Y, border = scale), reproduced to ±0.03 dB. */
  @ParameterizedTest
  @CsvSource({"2, 33.66", "3, 30.39", "4, 28.42"})
  void set5BicubicPsnrMatchesThePublishedBaseline(int scale, double published) throws Exception {
    Path mirror = Mirror.assumeDatasets("sr-set5");
    assertThat(meanBicubicPsnr(mirror.resolve("sr/Set5"), scale))
        .isCloseTo(published, within(0.03));
  }

  /**
   * Set14 gives the published baselines only when its grayscale bridge.png is measured on its gray
   * values, as MATLAB's evaluation does (through RGB and BT.601 Y it is 3 dB off).
   */
  @ParameterizedTest
  @CsvSource({"2, 30.23", "3, 27.54", "4, 26.00"})
  void set14BicubicPsnrMatchesThePublishedBaseline(int scale, double published) throws Exception {
    Path mirror = Mirror.assumeDatasets("sr-set14");
    assertThat(meanBicubicPsnr(mirror.resolve("sr/Set14"), scale))
        .isCloseTo(published, within(0.03));
  }

  private static double meanBicubicPsnr(Path folder, int scale) throws Exception {
    BenchmarkSet set = BenchmarkSet.of(ImageFolder.load(folder), scale);
    double sum = 0;
    for (int i = 0; i < set.truth().size(); i++) {
      Plane up = Bicubic.upscale(set.inputs().get(i), scale).quantized();
      sum += Metrics.psnr(set.truth().get(i), up, scale);
    }
    return sum / set.truth().size();
  }

  private static void assertInteriorClose(Plane actual, Plane expected, int margin) {
    assertThat(actual.width()).isEqualTo(expected.width());
    assertThat(actual.height()).isEqualTo(expected.height());
    int compared = 0;
    for (int y = margin; y < actual.height() - margin; y++) {
      for (int x = margin; x < actual.width() - margin; x++) {
        assertThat(actual.get(x, y))
            .as("(%d, %d)", x, y)
            .isCloseTo(expected.get(x, y), within(2e-3f));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(50);
  }
}
