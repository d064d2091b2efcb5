package dev.learninglab.labs.smell.view;

import dev.learninglab.core.chart.ExportablePanels;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JPanel;
import javax.swing.UIManager;
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
  private final XChartPanel<XYChart> lossPanel = ExportablePanels.of(loss);
  private final XChartPanel<XYChart> aurocPanel = ExportablePanels.of(auroc);
  private final List<List<Double>> losses = new ArrayList<>();
  private final List<List<Double>> aurocs = new ArrayList<>();

  TrainCharts() {
    super(new GridLayout(1, 2, 6, 0));
    for (XYChart c : List.of(loss, auroc)) {
      Styler s = c.getStyler();
      s.setChartBackgroundColor(UIManager.getColor("Panel.background"));
      s.setPlotBackgroundColor(UIManager.getColor("Table.background"));
      s.setChartFontColor(UIManager.getColor("Label.foreground"));
      s.setLegendBackgroundColor(UIManager.getColor("Panel.background"));
      s.setPlotBorderVisible(false);
      s.setLegendPosition(Styler.LegendPosition.InsideNE);
      c.getStyler().setToolTipsEnabled(false);
    }
    add(lossPanel);
    add(aurocPanel);
  }

  void reset() {
    losses.clear();
    aurocs.clear();
    for (XYChart c : List.of(loss, auroc)) {
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
