package dev.learninglab.labs.forecast.view;

import static dev.learninglab.labs.forecast.model.ForecastTexts.T;

import dev.learninglab.core.chart.AxisTicks;
import dev.learninglab.core.chart.ExportablePanels;
import dev.learninglab.core.view.Localized;
import dev.learninglab.core.view.WrappingLabel;
import dev.learninglab.labs.forecast.io.ForecastCharts;
import dev.learninglab.labs.forecast.model.Preparation;
import dev.learninglab.labs.forecast.model.Protocol;
import dev.learninglab.labs.forecast.model.Series;
import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.util.Arrays;
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
      Localized.text(new WrappingLabel(""), () -> T.get("forecast.prepare.empty"));

  PrepareStage(Project project) {
    super(new BorderLayout(8, 8));
    this.project = project;
    setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
    add(charts, BorderLayout.CENTER);
    add(text, BorderLayout.SOUTH);
    project.onChange(this::refresh);
    Localized.whenChanged(this, "charts", this::refresh);
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
    XYChart returns =
        ForecastCharts.chart(T.get("forecast.chart.returns.title"), T.get("forecast.chart.return"));
    ForecastCharts.add(returns, T.get("forecast.chart.return"), tail(years), tail(prep.returns()));
    AxisTicks.fit(returns);
    charts.add(ExportablePanels.of(returns));
    XYChart rolling =
        ForecastCharts.chart(
            T.get("forecast.chart.rolling.title", p.window()), T.get("forecast.chart.price"));
    int from = p.window() - 1;
    ForecastCharts.add(
        rolling, T.get("forecast.chart.mean"), from(years, from), from(prep.rollingMean(), from));
    ForecastCharts.add(
        rolling, T.get("forecast.chart.std"), from(years, from), from(prep.rollingStd(), from));
    AxisTicks.fit(rolling);
    charts.add(ExportablePanels.of(rolling));
    charts.revalidate();
    charts.repaint();
    int trainRows = p.trainRows(s.size());
    Localized.text(
        text,
        () ->
            prep.leaky().equals(prep.honest())
                ? T.get(
                    "forecast.prepare.same",
                    trainRows,
                    prep.honest().min(),
                    prep.honest().max(),
                    prep.testTargetsOutside(),
                    prep.testTargets())
                : T.get(
                    "forecast.prepare.leaky",
                    trainRows,
                    prep.honest().min(),
                    prep.honest().max(),
                    prep.testTargetsOutside(),
                    prep.testTargets(),
                    prep.leaky().min(),
                    prep.leaky().max()));
  }

  private static double[] tail(double[] x) {
    return from(x, 1);
  }

  private static double[] from(double[] x, int from) {
    return Arrays.copyOfRange(x, from, x.length);
  }
}
