package dev.learninglab.labs.superres.view;

import dev.learninglab.core.chart.ExportablePanels;
import dev.learninglab.core.chart.LiveSeries;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JPanel;
import org.knowm.xchart.XChartPanel;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/** Live charts of a training run: loss per step and validation PSNR per epoch. */
final class TrainCharts extends JPanel {

  private static final String LOSS = "training MSE";
  private static final String PSNR = "validation PSNR";
  private static final String BICUBIC = "bicubic";

  private final XYChart loss =
      new XYChartBuilder().title("Loss").xAxisTitle("step").yAxisTitle("MSE (0–1 scale)").build();
  private final XYChart psnr =
      new XYChartBuilder().title("Validation").xAxisTitle("epoch").yAxisTitle("PSNR (dB)").build();
  private final XChartPanel<XYChart> lossPanel =
      ExportablePanels.of(loss, "Press Train: the loss of every step appears here");
  private final XChartPanel<XYChart> psnrPanel =
      ExportablePanels.of(psnr, "Validation PSNR appears after each epoch");
  private final List<Double> steps = new ArrayList<>();
  private final List<Double> losses = new ArrayList<>();
  private final List<Double> epochs = new ArrayList<>();
  private final List<Double> psnrs = new ArrayList<>();
  private double bicubicPsnr = Double.NaN;

  TrainCharts() {
    super(new GridLayout(1, 2, 6, 0));
    loss.getStyler().setLegendVisible(false);
    loss.getStyler().setMarkerSize(0);
    psnr.getStyler().setMarkerSize(6);
    add(lossPanel);
    add(psnrPanel);
  }

  /** Clears both charts; {@code bicubic} is drawn as the line to beat. */
  void reset(double bicubic) {
    steps.clear();
    losses.clear();
    epochs.clear();
    psnrs.clear();
    bicubicPsnr = bicubic;
    refresh();
  }

  void addStep(double loss) {
    steps.add((double) steps.size() + 1);
    losses.add(loss);
  }

  void addEpoch(int epoch, double value) {
    epochs.add((double) epoch);
    psnrs.add(value);
  }

  /** Redraws; call on the event thread at a modest rate. */
  void refresh() {
    LiveSeries.show(loss, LOSS, steps, losses);
    LiveSeries.show(psnr, PSNR, epochs, psnrs);
    if (!epochs.isEmpty() && !Double.isNaN(bicubicPsnr)) {
      LiveSeries.show(
          psnr,
          BICUBIC,
          List.of(1.0, Math.max(2.0, epochs.get(epochs.size() - 1))),
          List.of(bicubicPsnr, bicubicPsnr));
    }
    lossPanel.repaint();
    psnrPanel.repaint();
  }

  int points() {
    return losses.size();
  }
}
