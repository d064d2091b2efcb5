package dev.learninglab.labs.superres.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class YCbCrTest {

  @Test
  void matchesScikitImageRgb2ycbcrRoundedTo8Bits() {
    JsonNode rgb = Fixtures.root().get("rgb");
    JsonNode ycc = Fixtures.root().get("ycbcr");
    int h = rgb.size();
    int w = rgb.get(0).size();
    int[] pixels = new int[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        JsonNode p = rgb.get(y).get(x);
        pixels[y * w + x] = (p.get(0).asInt() << 16) | (p.get(1).asInt() << 8) | p.get(2).asInt();
      }
    }
    Plane[] planes = YCbCr.fromImage(new RgbImage(w, h, pixels));
    for (int c = 0; c < 3; c++) {
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          assertThat(planes[c].get(x, y))
              .as("channel %d at (%d, %d)", c, x, y)
              .isEqualTo((float) Math.round(ycc.get(y).get(x).get(c).asDouble()));
        }
      }
    }
  }

  @Test
  void backToRgbIsWithinRoundingOfTheOriginal() {
    int[] pixels = {0xff0000, 0x00ff00, 0x0000ff, 0x808080, 0x123456, 0xfedcba};
    RgbImage back =
        YCbCr.toImage(
            YCbCr.fromImage(new RgbImage(3, 2, pixels))[0],
            YCbCr.fromImage(new RgbImage(3, 2, pixels))[1],
            YCbCr.fromImage(new RgbImage(3, 2, pixels))[2]);
    for (int i = 0; i < pixels.length; i++) {
      for (int shift = 0; shift <= 16; shift += 8) {
        int a = (pixels[i] >> shift) & 0xff;
        int b = (back.rgb()[i] >> shift) & 0xff;
        assertThat(Math.abs(a - b)).as("pixel %d", i).isLessThanOrEqualTo(2);
      }
    }
  }
}
