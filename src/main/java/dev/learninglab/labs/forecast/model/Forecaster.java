package dev.learninglab.labs.forecast.model;

import ai.djl.Model;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import dev.learninglab.core.compute.CheckpointCard;
import dev.learninglab.core.compute.CheckpointFolder;
import dev.learninglab.core.compute.Compute;
import dev.learninglab.core.compute.TrainingLoop;
import dev.learninglab.core.task.Progress;
import java.io.IOException;

/** A trained LSTM loaded from its checkpoint, forecasting windows of a series in price units. */
public final class Forecaster implements AutoCloseable {
  private final Model model;
  private final ModelCard card;
  private final CheckpointCard checkpoint;

  private Forecaster(Model model, ModelCard card, CheckpointCard checkpoint) {
    this.model = model;
    this.card = card;
    this.checkpoint = checkpoint;
  }

  public static Forecaster load(CheckpointFolder folder) throws IOException {
    CheckpointCard checkpoint = folder.card(ModelCard.LAB);
    ModelCard card = checkpoint.model(ModelCard.class, folder.where(folder.cardName()));
    card.spec(); // refuses a card whose settings are out of range
    Model model = Model.newInstance("forecast-lstm", Compute.device(), Compute.PYTORCH);
    try {
      model.setBlock(LstmNetwork.build(card.layers(), card.units()));
      model
          .getBlock()
          .initialize(
              model.getNDManager(),
              ai.djl.ndarray.types.DataType.FLOAT32,
              new Shape(1, card.window(), 1));
      folder.loadWeights(0, model.getBlock(), model.getNDManager());
      return new Forecaster(model, card, checkpoint);
    } catch (IOException | RuntimeException e) {
      model.close();
      throw e;
    }
  }

  public ModelCard card() {
    return card;
  }

  public CheckpointCard checkpoint() {
    return checkpoint;
  }

  /** Refuses a series other than the one the model was trained on (by its bytes). */
  public void requireTrainedOn(Series s) throws IOException {
    if (!s.sha256().equals(card.seriesSha256()) || s.size() != card.n()) {
      throw new IOException(
          "The model was trained on %s (sha256 %s…, %d rows); %s is not that file now"
              .formatted(
                  card.series(), card.seriesSha256().substring(0, 12), card.n(), s.source()));
    }
  }

  /** Forecasts for windows {@code from..to−1} of {@code x}, in price units. */
  public double[] forecast(double[] x, int from, int to) {
    Protocol p = new Protocol(card.window());
    ScaledWindows w = new ScaledWindows(x, p, Target.parse(card.target()), card.scaler(), from, to);
    return Predictions.of(model, w, card.scaler());
  }

  /** The forecast for the day after the series ends, from its last window. */
  public double nextDay(double[] x) {
    int start = x.length - card.window();
    double[] padded = java.util.Arrays.copyOf(x, x.length + 1); // the unknown target, unused
    return forecast(padded, start, start + 1)[0];
  }

  /**
   * Trains on for {@code epochs} more passes over windows {@code 0..count−1} (a walk-forward
   * re-fit: the network learns the days that have become known).
   */
  void refit(double[] x, int count, int epochs, Progress progress) throws Exception {
    Protocol p = new Protocol(card.window());
    ScaledWindows known =
        new ScaledWindows(x, p, Target.parse(card.target()), card.scaler(), 0, count);
    Tracker rate = Tracker.fixed(card.learningRate());
    new TrainingLoop(
            Loss.l2Loss("mse", 1f), Optimizer.adam().optLearningRateTracker(rate).build(), rate)
        .run(
            model,
            new WindowBatches(known, card.batch()),
            new TrainingLoop.Options(
                epochs, card.seed(), new Shape(card.batch(), card.window(), 1), null),
            progress);
  }

  @Override
  public void close() {
    model.close();
  }
}
