package dev.learninglab.labs.smell.view;

import static dev.learninglab.labs.smell.model.SmellTexts.T;

import dev.learninglab.core.chart.ExportablePanels;
import dev.learninglab.core.view.Localized;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JPanel;
import org.knowm.xchart.XChartPanel;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;

/** Live training loss and validation ROC-AUC per epoch, one series per fold. */
final class TrainCharts extends JPanel {
  private static final long serialVersionUID = 1L;
  private final XYChart loss =
      new XYChartBuilder()
          .title(T.get("smell.chart.loss"))
          .xAxisTitle(T.get("smell.chart.epoch"))
          .yAxisTitle("BCE")
          .build();
  private final XYChart auroc =
      new XYChartBuilder()
          .title(T.get("smell.chart.auroc"))
          .xAxisTitle(T.get("smell.chart.epoch"))
          .yAxisTitle("ROC-AUC")
          .build();
  private final XYChart roc =
      new XYChartBuilder()
          .title(T.get("smell.chart.roc"))
          .xAxisTitle(T.get("smell.chart.fpr"))
          .yAxisTitle(T.get("smell.chart.tpr"))
          .build();
  private final XChartPanel<XYChart> rocPanel =
      ExportablePanels.of(roc, () -> T.get("smell.chart.rocEmpty"));
  private final XChartPanel<XYChart> lossPanel =
      ExportablePanels.of(loss, () -> T.get("smell.chart.lossEmpty"));
  private final XChartPanel<XYChart> aurocPanel =
      ExportablePanels.of(auroc, () -> T.get("smell.chart.aurocEmpty"));
  private final List<List<Double>> losses = new ArrayList<>();
  private final List<List<Double>> aurocs = new ArrayList<>();
  private Runnable drawRoc = () -> {};

  TrainCharts() {
    super(new GridLayout(1, 3, 6, 0));
    for (XYChart c : List.of(loss, auroc, roc)) {
      // colours come from the theme through ExportablePanels
      Styler s = c.getStyler();
      s.setPlotBorderVisible(false);
      s.setLegendPosition(Styler.LegendPosition.InsideNE);
      c.getStyler().setToolTipsEnabled(false);
    }
    roc.getStyler().setMarkerSize(0);
    Localized.whenChanged(this, "titles", this::retitle);
    add(lossPanel);
    add(aurocPanel);
    add(rocPanel);
  }

  /** The out-of-fold ROC curve of the graph network and of the fingerprint baseline. */
  void showRoc(double[][] model, double[][] baseline, String modelName) {
    drawRoc =
        () -> {
          removeAll(roc);
          roc.addSeries(modelName, model[0], model[1]);
          roc.addSeries(T.get("smell.chart.baseline"), baseline[0], baseline[1]);
          roc.addSeries(T.get("smell.chart.chance"), new double[] {0, 1}, new double[] {0, 1});
          rocPanel.repaint();
        };
    drawRoc.run();
  }

  void reset() {
    losses.clear();
    aurocs.clear();
    drawRoc = () -> {};
    for (XYChart c : List.of(loss, auroc, roc)) {
      removeAll(c);
    }
    repaint();
  }

  private static void removeAll(XYChart c) {
    for (String name : new ArrayList<>(c.getSeriesMap().keySet())) {
      c.removeSeries(name);
    }
  }

  void addEpoch(int fold, double trainLoss, double validationAuroc) {
    while (losses.size() <= fold) {
      losses.add(new ArrayList<>());
      aurocs.add(new ArrayList<>());
    }
    losses.get(fold).add(trainLoss);
    aurocs.get(fold).add(validationAuroc);
    putFold(fold);
    lossPanel.repaint();
    aurocPanel.repaint();
  }

  private void putFold(int fold) {
    put(loss, T.get("smell.chart.fold", fold + 1), losses.get(fold));
    put(auroc, T.get("smell.chart.fold", fold + 1), aurocs.get(fold));
  }

  int epochsShown() {
    return losses.stream().mapToInt(List::size).sum();
  }

  private static void put(XYChart chart, String name, List<Double> y) {
    List<Double> x = new ArrayList<>();
    for (int i = 1; i <= y.size(); i++) {
      x.add((double) i);
    }
    if (chart.getSeriesMap().containsKey(name)) {
      chart.updateXYSeries(name, x, new ArrayList<>(y), null);
    } else {
      chart.addSeries(name, x, new ArrayList<>(y));
    }
  }

  /** Titles, axes and series names in the language of the moment. */
  private void retitle() {
    removeAll(loss);
    removeAll(auroc);
    for (int fold = 0; fold < losses.size(); fold++) {
      putFold(fold);
    }
    drawRoc.run();
    loss.setTitle(T.get("smell.chart.loss"));
    loss.setXAxisTitle(T.get("smell.chart.epoch"));
    auroc.setTitle(T.get("smell.chart.auroc"));
    auroc.setXAxisTitle(T.get("smell.chart.epoch"));
    roc.setTitle(T.get("smell.chart.roc"));
    roc.setXAxisTitle(T.get("smell.chart.fpr"));
    roc.setYAxisTitle(T.get("smell.chart.tpr"));
    repaint();
  }
}
