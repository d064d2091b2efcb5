package dev.learninglab.core.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XChartPanel;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;

/** Every chart's axes get their tick labels from one place, and they stay short. */
class AxisTicksTest {

  @Test
  void everyChartPanelFitsItsAxesToItsDataBeforePainting() {
    XYChart chart = new XYChartBuilder().width(400).height(300).build();
    double[] y = {0.1 + 0.2, 0.45, 0.7300000000000001};
    chart.addSeries("s", new double[] {0, 1500, 3000}, y);
    XChartPanel<XYChart> panel = ExportablePanels.of(chart);
    panel.setSize(400, 300);
    BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    panel.paint(g);
    g.dispose();
    assertThat(chart.getStyler().getYAxisDecimalPattern())
        .isEqualTo(TickPattern.forValues(List.of(y[0], y[1], y[2])));
    assertThat(chart.getStyler().getXAxisDecimalPattern())
        .isEqualTo(TickPattern.forValues(List.of(0.0, 1500.0, 3000.0)));
  }

  @Test
  void aLogarithmicAxisShowsItsSmallDecadesInsteadOfZero() {
    XYChart chart = new XYChartBuilder().build();
    chart.getStyler().setXAxisLogarithmic(true);
    chart.addSeries("loss", new double[] {1e-3, 1e-2, 1}, new double[] {1, 2, 3});
    AxisTicks.fit(chart);
    assertThat(Stream.of(1e-3, 1e-2, 1.0).map(xLabels(chart)::format))
        .containsExactly("0.001", "0.01", "1");
    assertThat(chart.getStyler().getYAxisDecimalPattern())
        .isEqualTo(TickPattern.forValues(List.of(1.0, 2.0, 3.0)));
  }

  /** Curves' C from 1e-4 to 1e4: "0.0001" beside "0.001" overlapped at 520 pixels. */
  @Test
  void aLogarithmicAxisOverManyDecadesWritesPowersOfTen() {
    XYChart chart = new XYChartBuilder().build();
    chart.getStyler().setXAxisLogarithmic(true);
    chart.addSeries(
        "loss", new double[] {1e-4, 1e-2, 1, 100, 10_000}, new double[] {1, 2, 3, 4, 5});
    AxisTicks.fit(chart);
    assertThat(Stream.of(1e-4, 1e-3, 1.0, 10_000.0).map(xLabels(chart)::format))
        .containsExactly("1E-4", "1E-3", "1E0", "1E4");
  }

  private static DecimalFormat xLabels(XYChart chart) {
    return new DecimalFormat(
        chart.getStyler().getXAxisDecimalPattern(), DecimalFormatSymbols.getInstance(Locale.US));
  }

  @Test
  void aCategoryChartGetsItsValueAxisFitted() {
    CategoryChart chart = new CategoryChartBuilder().build();
    chart.addSeries("n", List.of("a", "b"), List.of(12_000, 340));
    AxisTicks.fit(chart);
    assertThat(chart.getStyler().getYAxisDecimalPattern())
        .isEqualTo(TickPattern.forValues(List.of(12_000.0, 340.0)));
  }

  /**
   * Whatever an axis shows — probabilities, losses, counts, prices — as long as its values spread
   * over at least a hundredth of their size, no tick label has more than 4 significant digits.
   */
  @Test
  void tickLabelsNeverShowMoreThanFourSignificantDigits() {
    Random random = new Random(28);
    for (int i = 0; i < 2_000; i++) {
      double magnitude = Math.pow(10, random.nextInt(12) - 6);
      double low = magnitude * random.nextDouble();
      double high = low + magnitude * (0.01 + random.nextDouble());
      DecimalFormat format =
          new DecimalFormat(
              TickPattern.forValues(List.of(low, high)),
              DecimalFormatSymbols.getInstance(Locale.ROOT));
      // ticks sit on round steps (1, 2 or 5 times a power of ten), as XChart places them
      double step = niceStep((high - low) / 10);
      for (double tick = Math.ceil(low / step) * step; tick <= high; tick += step) {
        String label = format.format(tick);
        assertThat(significantDigits(label))
            .as("%s for an axis from %s to %s", label, low, high)
            .isLessThanOrEqualTo(4);
      }
    }
  }

  /**
   * Values spread over less than a hundredth of their size (a validation PSNR from 28.512 to
   * 28.526) widen the axis instead of taking a fifth digit; the labels keep to four.
   */
  @Test
  void narrowSpreadsWidenTheAxisSoLabelsKeepToFourDigits() {
    Random random = new Random(10);
    for (int i = 0; i < 2_000; i++) {
      double magnitude = Math.pow(10, random.nextInt(12) - 6);
      double low = magnitude * (1 + 8 * random.nextDouble());
      double high = low + magnitude * 0.01 * random.nextDouble();
      double[] limits = TickPattern.readableLimits(List.of(low, high));
      assertThat(limits).as("limits for %s .. %s", low, high).isNotNull();
      assertThat(limits[0]).isLessThanOrEqualTo(low);
      assertThat(limits[1]).isGreaterThanOrEqualTo(high);
      DecimalFormat format =
          new DecimalFormat(
              TickPattern.forValues(List.of(limits[0], limits[1])),
              DecimalFormatSymbols.getInstance(Locale.ROOT));
      double step = niceStep((limits[1] - limits[0]) / 10);
      for (double tick = Math.ceil(limits[0] / step) * step; tick <= limits[1]; tick += step) {
        assertThat(significantDigits(format.format(tick)))
            .as("%s for an axis from %s to %s", format.format(tick), low, high)
            .isLessThanOrEqualTo(4);
      }
    }
  }

  @Test
  void aChartsOwnLimitsStayAndWideningEndsWhenTheDataSpreads() {
    XYChart chart = new XYChartBuilder().build();
    XYSeries psnr = chart.addSeries("psnr", new double[] {1, 2}, new double[] {28.512, 28.526});
    AxisTicks.fit(chart);
    assertThat(chart.getStyler().getYAxisMin()).isEqualTo(28.469, within(1e-12));
    assertThat(chart.getStyler().getYAxisMax()).isEqualTo(28.569, within(1e-12));
    chart.updateXYSeries("psnr", new double[] {1, 2, 3}, new double[] {24, 28.5, 28.6}, null);
    AxisTicks.fit(chart);
    assertThat(chart.getStyler().getYAxisMin()).isNull();
    assertThat(chart.getStyler().getYAxisMax()).isNull();
    chart.getStyler().setYAxisMin(28.0).setYAxisMax(29.0);
    chart.updateXYSeries("psnr", new double[] {1, 2}, new double[] {28.512, 28.526}, null);
    AxisTicks.fit(chart);
    assertThat(chart.getStyler().getYAxisMin()).isEqualTo(28.0);
    assertThat(chart.getStyler().getYAxisMax()).isEqualTo(29.0);
    assertThat(psnr.getName()).isEqualTo("psnr");
  }

  private static double niceStep(double rough) {
    double power = Math.pow(10, Math.floor(Math.log10(rough)));
    double f = rough / power;
    return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
  }

  private static int significantDigits(String label) {
    BigDecimal v = new BigDecimal(label.replace(",", ""));
    return v.signum() == 0 ? 1 : v.stripTrailingZeros().precision();
  }
}
