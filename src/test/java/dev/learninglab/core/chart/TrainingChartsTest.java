package dev.learninglab.core.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.learninglab.core.i18n.Language;
import dev.learninglab.core.i18n.Locales;
import dev.learninglab.core.view.Localized;
import dev.learninglab.testing.Edt;
import java.util.function.Supplier;
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
                  c.startRun("paper", () -> "bicubic", 26);
                  c.addStep(0.1);
                  c.addEpoch(1, 27);
                  c.startRun("tutorial", () -> "bicubic", 24);
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

  /** Titles, axes and series names given as suppliers are looked up again after a switch. */
  @Test
  void aLanguageSwitchRenamesTitlesAxesAndSeries() throws Exception {
    Supplier<String> loss = () -> Locales.current().getLanguage().equals("zh") ? "损失" : "Loss";
    Supplier<String> step = () -> Locales.current().getLanguage().equals("zh") ? "步" : "step";
    String[] seen =
        Edt.call(
            () -> {
              TrainingCharts c =
                  new TrainingCharts(
                      new TrainingCharts.Axis(loss, step, () -> "MSE", loss, () -> ""),
                      new TrainingCharts.Axis("Validation", "epoch", "PSNR", "PSNR", "empty"));
              c.startRun("paper", null, Double.NaN);
              c.addStep(0.1);
              c.refresh();
              String before = c.lossSeries().toString();
              try {
                Localized.use(Language.CHINESE);
                return new String[] {
                  before, c.lossSeries().toString(), chartTexts(c),
                };
              } finally {
                Localized.use(Language.ENGLISH);
              }
            });
    assertThat(seen[0]).isEqualTo("[Loss · paper]");
    assertThat(seen[1]).isEqualTo("[损失 · paper]");
    assertThat(seen[2]).isEqualTo("损失 / 步");
  }

  @Test
  void theLineToBeatIsRenamedByALanguageSwitch() throws Exception {
    Supplier<String> bicubic =
        () -> Locales.current().getLanguage().equals("zh") ? "双三次" : "bicubic";
    String[] seen =
        Edt.call(
            () -> {
              TrainingCharts c =
                  new TrainingCharts(
                      new TrainingCharts.Axis("Loss", "step", "MSE", "Loss", "empty"),
                      new TrainingCharts.Axis("Validation", "epoch", "PSNR", "PSNR", "empty"));
              c.startRun("paper", bicubic, 26);
              c.addEpoch(1, 25.0);
              c.refresh();
              String before = c.scoreChart().getSeriesMap().keySet().toString();
              try {
                Localized.use(Language.CHINESE);
                return new String[] {before, c.scoreChart().getSeriesMap().keySet().toString()};
              } finally {
                Localized.use(Language.ENGLISH);
              }
            });
    assertThat(seen[0]).contains("bicubic").doesNotContain("双三次");
    assertThat(seen[1]).contains("双三次").doesNotContain("bicubic");
  }

  private static String chartTexts(TrainingCharts c) {
    var chart = ((org.knowm.xchart.XChartPanel<?>) c.getComponent(0)).getChart();
    return chart.getTitle() + " / " + ((org.knowm.xchart.XYChart) chart).getXAxisTitle();
  }
}
