package dev.learninglab.labs.iin.model.toy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PlaneDensityTest {

  /** The densities integrate to one over the plane, so their entropies are in true nats. */
  @Test
  void densitiesAreNormalised() {
    for (PlaneDensity d : PlaneDensity.values()) {
      double step = 0.1;
      double sum = 0;
      for (double x = -6; x < 6; x += step) {
        for (double y = -6; y < 6; y += step) {
          sum += Math.exp(d.logDensity(x + step / 2, y + step / 2)) * step * step;
        }
      }
      assertThat(sum).as(d.id()).isCloseTo(1.0, within(0.01));
    }
  }

  /** FFJORD's 8 gaussians: log 8 + log(2πe σ²) with σ = 0.5/1.414, less a little overlap. */
  @Test
  void eightGaussiansEntropyIsNearTheClosedForm() {
    double sigma = 0.5 / 1.414;
    double separated = Math.log(8) + Math.log(2 * Math.PI * Math.E * sigma * sigma);
    assertThat(PlaneDensity.EIGHT_GAUSSIANS.entropy()).isCloseTo(separated, within(0.01));
  }
}
