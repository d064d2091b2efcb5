package dev.learninglab.core.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.testing.Edt;
import org.junit.jupiter.api.Test;

class TrainingChartsTest {

  private static TrainingCharts charts() {
    return new TrainingCharts(
        new TrainingCharts.Axis("Loss", "step", "MSE", "loss", "empty"),
        new TrainingCharts.Axis("Validation", "epoch", "PSNR", "PSNR", "empty"));
  }

  @Test
  void namedRunsStayBesideEachOtherAndARunOfTheSameNameReplacesItsCurves() throws Exception {
    assertThat(
            Edt.call(
                () -> {
                  TrainingCharts c = charts();
                  c.startRun("paper", "bicubic", 26);
                  c.addStep(0.1);
                  c.addEpoch(1, 27);
                  c.startRun("tutorial", "bicubic", 24);
                  c.addStep(0.2);
                  c.refresh();
                  return c.lossSeries();
                }))
        .containsExactlyInAnyOrder("loss · paper", "loss · tutorial");
    assertThat(
            Edt.call(
                () -> {
                  TrainingCharts c = charts();
                  c.startRun("paper", null, Double.NaN);
                  c.addStep(0.1);
                  c.startRun("paper", null, Double.NaN);
                  c.addStep(0.05);
                  c.refresh();
                  int points = c.points();
                  c.reset();
                  c.addStep(0.3);
                  c.refresh();
                  return points + " " + c.lossSeries();
                }))
        .as("one paper run of one step, then after a reset only the unnamed run")
        .isEqualTo("1 [loss]");
  }
}
