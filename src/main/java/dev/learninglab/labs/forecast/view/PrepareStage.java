package dev.learninglab.labs.forecast.view;

import dev.learninglab.core.chart.AxisTicks;
import dev.learninglab.core.chart.ExportablePanels;
import dev.learninglab.core.view.WrappingLabel;
import dev.learninglab.labs.forecast.io.ForecastCharts;
import dev.learninglab.labs.forecast.model.Preparation;
import dev.learninglab.labs.forecast.model.Protocol;
import dev.learninglab.labs.forecast.model.Series;
import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.util.Arrays;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.JPanel;
import org.knowm.xchart.XYChart;

/**
 * Stage 3: the series prepared: price with the split, daily returns, rolling mean and spread, and
 * the scaling, honest (training rows only) beside the leaky one the public versions use.
 */
final class PrepareStage extends JPanel {
  private final Project project;
  private final JPanel charts = new JPanel(new GridLayout(1, 3, 6, 0));
  private final WrappingLabel text =
      new WrappingLabel("Read a series in stage 1; its preparation appears here.");

  PrepareStage(Project project) {
    super(new BorderLayout(8, 8));
    this.project = project;
    setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
    add(charts, BorderLayout.CENTER);
    add(text, BorderLayout.SOUTH);
    project.onChange(this::refresh);
  }

  private void refresh() {
    Series s = project.series();
    if (s == null) {
      return;
    }
    Protocol p = new Protocol(Protocol.DEFAULT_WINDOW);
    Preparation prep = Preparation.of(s, p);
    double[] years = ForecastCharts.days(s);
    charts.removeAll();
    charts.add(ExportablePanels.of(ForecastCharts.price(s, p)));
    XYChart returns = ForecastCharts.chart("Daily returns", "return");
    ForecastCharts.add(returns, "return", tail(years), tail(prep.returns()));
    AxisTicks.fit(returns);
    charts.add(ExportablePanels.of(returns));
    XYChart rolling =
        ForecastCharts.chart("Rolling " + p.window() + "-day mean and spread", "price");
    int from = p.window() - 1;
    ForecastCharts.add(rolling, "mean", from(years, from), from(prep.rollingMean(), from));
    ForecastCharts.add(rolling, "std", from(years, from), from(prep.rollingStd(), from));
    AxisTicks.fit(rolling);
    charts.add(ExportablePanels.of(rolling));
    charts.revalidate();
    charts.repaint();
    boolean same = prep.leaky().equals(prep.honest());
    text.setText(
        String.format(
                Locale.ROOT,
                "Min-max scaling to [0, 1], fitted on the %d training rows only: min %.2f, max %.2f;"
                    + " %d of the %d test days fall outside [0, 1], as real future days can. ",
                p.trainRows(s.size()),
                prep.honest().min(),
                prep.honest().max(),
                prep.testTargetsOutside(),
                prep.testTargets())
            + (same
                ? "Fitted on the whole series (the trap, 'Leaky scaling' in stage 3) it would be"
                    + " the same here: no test day is a new low or high, so on this series the"
                    + " leak happens to change nothing; on one that breaks out of its range it"
                    + " would."
                : String.format(
                    Locale.ROOT,
                    "Fitted on the whole series (the trap, 'Leaky scaling' in stage 3) it would"
                        + " be %.2f … %.2f: the test period's range leaks into training.",
                    prep.leaky().min(),
                    prep.leaky().max()))
            + " Prices are not stationary, their daily returns nearly are: that is why"
            + " 'tomorrow = today' is so hard to beat.");
  }

  private static double[] tail(double[] x) {
    return from(x, 1);
  }

  private static double[] from(double[] x, int from) {
    return Arrays.copyOfRange(x, from, x.length);
  }
}
