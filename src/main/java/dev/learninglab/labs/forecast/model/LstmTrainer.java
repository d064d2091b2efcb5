package dev.learninglab.labs.forecast.model;

import ai.djl.Model;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import dev.learninglab.core.compute.CheckpointCard;
import dev.learninglab.core.compute.CheckpointFolder;
import dev.learninglab.core.compute.Compute;
import dev.learninglab.core.compute.TrainingListener;
import dev.learninglab.core.compute.TrainingLoop;
import dev.learninglab.core.compute.TrainingResult;
import dev.learninglab.core.task.Progress;
import java.nio.file.Path;

/**
 * Trains the LSTM on a series' training windows with Adam and the mean squared error, choosing the
 * best epoch on the last tenth of the training windows (the test windows are never seen), and keeps
 * it as one checkpoint folder.
 */
public final class LstmTrainer {
  static final double VALIDATION_SHARE = 0.1;

  private LstmTrainer() {}

  /** The run's outcome: the loop's history and where the best epoch was kept. */
  public record Outcome(TrainingResult result, CheckpointFolder checkpoint, ModelCard card) {}

  /** The scaler {@code spec} asks for: fitted on the training rows, or leaked from all of them. */
  public static MinMaxScaler scaler(Series s, LstmSpec spec) {
    double[] x = s.values();
    int rows = spec.leakyScaling() ? x.length : spec.protocol().trainRows(x.length);
    return MinMaxScaler.fit(x, 0, rows);
  }

  public static Outcome train(
      SeriesName seriesName,
      Series s,
      LstmSpec spec,
      Path out,
      TrainingListener listener,
      Progress progress)
      throws Exception {
    Protocol p = spec.protocol();
    double[] x = s.values();
    int train = p.trainWindows(x.length);
    int validation = Math.max(1, (int) Math.round(VALIDATION_SHARE * train));
    if (train - validation < 1) {
      throw new IllegalArgumentException(
          "%s has %d training windows: too few to hold some out for validation"
              .formatted(s.id(), train));
    }
    MinMaxScaler scaler = scaler(s, spec);
    ScaledWindows fit = new ScaledWindows(x, p, spec.target(), scaler, 0, train - validation);
    ScaledWindows held = new ScaledWindows(x, p, spec.target(), scaler, train - validation, train);
    ModelCard card = ModelCard.of(seriesName, s, spec, scaler, validation);
    CheckpointFolder folder = CheckpointFolder.at(out, ModelCard.NAME);
    Compute.seed(spec.seed());
    try (Model model = Model.newInstance("forecast-lstm", Compute.device(), Compute.PYTORCH)) {
      model.setBlock(LstmNetwork.build(spec.layers(), spec.units()));
      Tracker rate = Tracker.fixed(spec.learningRate());
      TrainingResult result =
          new TrainingLoop(
                  Loss.l2Loss("mse", 1f),
                  Optimizer.adam().optLearningRateTracker(rate).build(),
                  rate)
              .listener(listener)
              .validator(m -> -Predictions.mse(m, held, scaler))
              .run(
                  model,
                  new WindowBatches(fit, spec.batch()),
                  new TrainingLoop.Options(
                      spec.epochs(),
                      spec.seed(),
                      new Shape(spec.batch(), spec.window(), 1),
                      folder.checkpoint(
                          (epoch, score) ->
                              CheckpointCard.of(ModelCard.LAB, 1, epoch, score, card))),
                  progress);
      return new Outcome(result, folder, card);
    }
  }
}
