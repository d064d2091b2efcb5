package dev.learninglab.labs.superres.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class MetricsTest {

  @Test
  void psnrAndSsimEqualScikitImage() {
    Plane camera = Fixtures.plane("camera");
    int checked = 0;
    for (JsonNode expected : Fixtures.root().get("metrics")) {
      Plane other = Fixtures.plane(expected.get("name").asText());
      int border = expected.get("border").asInt();
      assertThat(Metrics.psnr(camera, other, border))
          .isCloseTo(expected.get("psnr").asDouble(), within(1e-9));
      assertThat(Metrics.ssim(camera, other, border))
          .isCloseTo(expected.get("ssim").asDouble(), within(1e-9));
      checked++;
    }
    assertThat(checked).isEqualTo(4);
  }

  @Test
  void identicalPlanesAreInfinitelyCloseAndPerfectlySimilar() {
    Plane camera = Fixtures.plane("camera");
    assertThat(Metrics.psnr(camera, camera, 2)).isInfinite();
    assertThat(Metrics.ssim(camera, camera, 2)).isCloseTo(1.0, within(1e-12));
  }
}
