package dev.learninglab.labs.smell.view;

import dev.learninglab.core.chart.ExportablePanels;
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
      new XYChartBuilder().title("Training loss").xAxisTitle("epoch").yAxisTitle("BCE").build();
  private final XYChart auroc =
      new XYChartBuilder()
          .title("Validation ROC-AUC")
          .xAxisTitle("epoch")
          .yAxisTitle("ROC-AUC")
          .build();
  private final XYChart roc =
      new XYChartBuilder()
          .title("ROC (out-of-fold, fruity)")
          .xAxisTitle("false-positive rate")
          .yAxisTitle("true-positive rate")
          .build();
  private final XChartPanel<XYChart> rocPanel =
      ExportablePanels.of(roc, "The out-of-fold ROC curves appear when training ends");
  private final XChartPanel<XYChart> lossPanel =
      ExportablePanels.of(loss, "Press Train: each fold's loss per epoch appears here");
  private final XChartPanel<XYChart> aurocPanel =
      ExportablePanels.of(auroc, "Validation ROC-AUC appears after each epoch");
  private final List<List<Double>> losses = new ArrayList<>();
  private final List<List<Double>> aurocs = new ArrayList<>();

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
    add(lossPanel);
    add(aurocPanel);
    add(rocPanel);
  }

  /** The out-of-fold ROC curve of the graph network and of the fingerprint baseline. */
  void showRoc(double[][] model, double[][] baseline, String modelName) {
    roc.addSeries(modelName, model[0], model[1]);
    roc.addSeries("ECFP4 + logistic", baseline[0], baseline[1]);
    roc.addSeries("chance", new double[] {0, 1}, new double[] {0, 1});
    rocPanel.repaint();
  }

  void reset() {
    losses.clear();
    aurocs.clear();
    for (XYChart c : List.of(loss, auroc, roc)) {
      for (String name : new ArrayList<>(c.getSeriesMap().keySet())) {
        c.removeSeries(name);
      }
    }
    repaint();
  }

  void addEpoch(int fold, double trainLoss, double validationAuroc) {
    while (losses.size() <= fold) {
      losses.add(new ArrayList<>());
      aurocs.add(new ArrayList<>());
    }
    losses.get(fold).add(trainLoss);
    aurocs.get(fold).add(validationAuroc);
    put(loss, "fold " + (fold + 1), losses.get(fold));
    put(auroc, "fold " + (fold + 1), aurocs.get(fold));
    lossPanel.repaint();
    aurocPanel.repaint();
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
}
