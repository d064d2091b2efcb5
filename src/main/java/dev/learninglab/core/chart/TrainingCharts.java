package dev.learninglab.core.chart;

import dev.learninglab.core.compute.EpochReport;
import dev.learninglab.core.compute.TrainingListener;
import dev.learninglab.core.view.Localized;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import org.knowm.xchart.XChartPanel;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler.LegendPosition;

/**
 * The two live charts of a training run, side by side: the loss of every step and the validation
 * score of every epoch, optionally with a line to beat. {@link #feed} returns the listener that
 * fills them from the training thread. Runs started with a name ({@link #startRun}) stay drawn
 * beside later runs of other names, so two recipes' curves can be compared on one chart.
 *
 * <pre>{@code
 * TrainingCharts charts = new TrainingCharts(
 *     new TrainingCharts.Axis("Loss", "step", "MSE", "training MSE", "Press Train: ..."),
 *     new TrainingCharts.Axis("Validation", "epoch", "PSNR (dB)", "validation PSNR", "..."));
 * loop.listener(charts.feed(report -> status.setText(...)));
 * }</pre>
 */
public final class TrainingCharts extends JPanel {
  private static final int STEPS_PER_REDRAW = 10;

  /**
   * A chart's title, axis titles, series name and what it says while it is empty, each looked up
   * again when the learner switches language (a lab passes {@code () -> T.get(...)}).
   */
  public record Axis(
      Supplier<String> title,
      Supplier<String> x,
      Supplier<String> y,
      Supplier<String> series,
      Supplier<String> emptyText) {
    /** Texts that stay as they are in every language. */
    public Axis(String title, String x, String y, String series, String emptyText) {
      this(() -> title, () -> x, () -> y, () -> series, () -> emptyText);
    }
  }

  private final Axis lossAxis;
  private final Axis scoreAxis;
  private final XYChart loss;
  private final XYChart score;
  private final XChartPanel<XYChart> lossPanel;
  private final XChartPanel<XYChart> scorePanel;
  private final List<Double> steps = new ArrayList<>();
  private final List<Double> losses = new ArrayList<>();
  private final List<Double> epochs = new ArrayList<>();
  private final List<Double> scores = new ArrayList<>();
  private Supplier<String> referenceName;
  private double reference = Double.NaN;
  private String run;
  private final Map<String, Curves> earlier = new LinkedHashMap<>();

  /** A finished named run's points, drawn beside the current run. */
  private record Curves(
      List<Double> steps, List<Double> losses, List<Double> epochs, List<Double> scores) {}

  public TrainingCharts(Axis lossAxis, Axis scoreAxis) {
    super(new GridLayout(1, 2, 6, 0));
    this.lossAxis = lossAxis;
    this.scoreAxis = scoreAxis;
    loss = chart(lossAxis);
    score = chart(scoreAxis);
    lossPanel = ExportablePanels.of(loss, lossAxis.emptyText());
    scorePanel = ExportablePanels.of(score, scoreAxis.emptyText());
    loss.getStyler().setLegendVisible(false);
    // shown once runs are compared; losses fall, so the upper right is where the lines are not
    loss.getStyler().setLegendPosition(LegendPosition.InsideNE);
    loss.getStyler().setMarkerSize(0);
    score.getStyler().setMarkerSize(6);
    add(lossPanel);
    add(scorePanel);
    Localized.whenChanged(this, "axes", this::relabel);
  }

  private static XYChart chart(Axis axis) {
    return new XYChartBuilder()
        .title(axis.title().get())
        .xAxisTitle(axis.x().get())
        .yAxisTitle(axis.y().get())
        .build();
  }

  /** Titles in the language of the moment; the series are renamed by the redraw. */
  private void relabel() {
    for (XYChart chart : List.of(loss, score)) {
      Axis axis = chart == loss ? lossAxis : scoreAxis;
      chart.setTitle(axis.title().get());
      chart.setXAxisTitle(axis.x().get());
      chart.setYAxisTitle(axis.y().get());
    }
    refresh();
  }

  /** The validation chart, for a lab's own settings (its range, its legend). */
  public XYChart scoreChart() {
    return score;
  }

  /**
   * Clears both charts; a {@code reference} that is not NaN is drawn as the line to beat, named in
   * the language of the moment.
   */
  public void reset(Supplier<String> referenceName, double reference) {
    earlier.clear();
    run = null;
    clearCurrent(referenceName, reference);
  }

  /**
   * Starts a run called {@code name}: the previous named run's curves stay drawn (under their own
   * name) unless it had this same name, which the new run replaces.
   */
  public void startRun(String name, Supplier<String> referenceName, double reference) {
    if (run != null && !steps.isEmpty()) {
      earlier.put(
          run,
          new Curves(
              new ArrayList<>(steps),
              new ArrayList<>(losses),
              new ArrayList<>(epochs),
              new ArrayList<>(scores)));
    }
    earlier.remove(name);
    run = name;
    clearCurrent(referenceName, reference);
  }

  private void clearCurrent(Supplier<String> referenceName, double reference) {
    steps.clear();
    losses.clear();
    epochs.clear();
    scores.clear();
    this.referenceName = referenceName;
    this.reference = reference;
    refresh();
  }

  /** Clears both charts. */
  public void reset() {
    reset(null, Double.NaN);
  }

  public void addStep(double value) {
    steps.add((double) steps.size() + 1);
    losses.add(value);
  }

  public void addEpoch(int epoch, double value) {
    epochs.add((double) epoch);
    scores.add(value);
  }

  /** How many steps are drawn. */
  public int points() {
    return losses.size();
  }

  /** Redraws; on the event thread. */
  public void refresh() {
    Set<String> drawn = new HashSet<>();
    for (Map.Entry<String, Curves> e : earlier.entrySet()) {
      Curves c = e.getValue();
      show(loss, named(lossAxis, e.getKey()), c.steps(), c.losses(), drawn);
      show(score, named(scoreAxis, e.getKey()), c.epochs(), c.scores(), drawn);
    }
    show(loss, named(lossAxis, run), steps, losses, drawn);
    show(score, named(scoreAxis, run), epochs, scores, drawn);
    String referenceNow = referenceName == null ? null : referenceName.get();
    drawn.add(referenceNow);
    // a series of a run no longer shown (the name changed, or the charts were reset) goes
    for (String name : List.copyOf(loss.getSeriesMap().keySet())) {
      if (!drawn.contains(name)) {
        loss.removeSeries(name);
      }
    }
    for (String name : List.copyOf(score.getSeriesMap().keySet())) {
      if (!drawn.contains(name)) {
        score.removeSeries(name);
      }
    }
    loss.getStyler().setLegendVisible(!earlier.isEmpty());
    if (referenceNow != null && !epochs.isEmpty() && !Double.isNaN(reference)) {
      LiveSeries.show(
          score,
          referenceNow,
          List.of(1.0, Math.max(2.0, epochs.get(epochs.size() - 1))),
          List.of(reference, reference));
    }
    lossPanel.repaint();
    scorePanel.repaint();
  }

  private static String named(Axis axis, String run) {
    return run == null ? axis.series().get() : axis.series().get() + " · " + run;
  }

  private static void show(
      XYChart chart, String name, List<Double> x, List<Double> y, Set<String> drawn) {
    LiveSeries.show(chart, name, x, y);
    drawn.add(name);
  }

  /** The names of the series drawn on the loss chart (for tests). */
  public Set<String> lossSeries() {
    return Set.copyOf(loss.getSeriesMap().keySet());
  }

  /**
   * A listener that fills the charts from the training thread (redrawing every few steps, so a fast
   * run does not flood the event thread) and hands each epoch's report to {@code onEpoch} on the
   * event thread.
   */
  public TrainingListener feed(Consumer<EpochReport> onEpoch) {
    return new TrainingListener() {
      @Override
      public void stepEnded(int epoch, int batch, int batches, double value) {
        SwingUtilities.invokeLater(
            () -> {
              addStep(value);
              if (points() % STEPS_PER_REDRAW == 0) {
                refresh();
              }
            });
      }

      @Override
      public void epochEnded(EpochReport r) {
        SwingUtilities.invokeLater(
            () -> {
              if (!Double.isNaN(r.validation())) {
                addEpoch(r.epoch(), r.validation());
                refresh();
              }
              onEpoch.accept(r);
            });
      }
    };
  }
}
