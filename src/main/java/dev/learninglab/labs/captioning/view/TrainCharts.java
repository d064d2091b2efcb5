package dev.learninglab.labs.captioning.view;

import dev.learninglab.core.chart.ExportablePanels;
import dev.learninglab.core.chart.LiveSeries;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JPanel;
import org.knowm.xchart.XChartPanel;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/** Live charts of a captioning run: loss per step, dev BLEU-4 per epoch. */
final class TrainCharts extends JPanel {

  private final XYChart loss =
      new XYChartBuilder()
          .title("Training loss")
          .xAxisTitle("step")
          .yAxisTitle("cross-entropy")
          .build();
  private final XYChart bleu =
      new XYChartBuilder().title("Validation").xAxisTitle("epoch").yAxisTitle("dev BLEU-4").build();
  private final XChartPanel<XYChart> lossPanel =
      ExportablePanels.of(loss, "Press Train: the loss of every step appears here");
  private final XChartPanel<XYChart> bleuPanel =
      ExportablePanels.of(bleu, "Dev BLEU-4 appears after each epoch");
  private final List<Double> steps = new ArrayList<>();
  private final List<Double> losses = new ArrayList<>();
  private final List<Double> epochs = new ArrayList<>();
  private final List<Double> scores = new ArrayList<>();

  TrainCharts() {
    super(new GridLayout(1, 2, 6, 0));
    for (XYChart c : List.of(loss, bleu)) {
      Themed.style(c.getStyler());
      c.getStyler().setLegendVisible(false);
    }
    loss.getStyler().setMarkerSize(0);
    bleu.getStyler().setMarkerSize(6);
    bleu.getStyler().setYAxisMin(0.0);
    bleu.getStyler().setYAxisMax(1.0);
    add(lossPanel);
    add(bleuPanel);
  }

  void reset() {
    steps.clear();
    losses.clear();
    epochs.clear();
    scores.clear();
    refresh();
  }

  void addStep(double value) {
    steps.add((double) steps.size() + 1);
    losses.add(value);
  }

  void addEpoch(int epoch, double value) {
    epochs.add((double) epoch);
    scores.add(value);
  }

  int points() {
    return losses.size();
  }

  void refresh() {
    LiveSeries.show(loss, "loss", steps, losses);
    LiveSeries.show(bleu, "BLEU-4", epochs, scores);
    lossPanel.repaint();
    bleuPanel.repaint();
  }
}
