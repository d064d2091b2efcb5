package dev.learninglab.bench;

import ai.djl.Model;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import dev.learninglab.core.compute.BatchSource;
import dev.learninglab.core.compute.Compute;
import dev.learninglab.core.compute.TrainingBatch;
import dev.learninglab.core.compute.TrainingLoop;
import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.forecast.model.LstmNetwork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;

/**
 *
 *
 * <pre>
 * The forecast lab's LSTM (the shipped shape: 2 stacked layers of 32 units, last day into one dense
 * unit), Adam + mean squared error training steps through core's TrainingLoop on DJL (PyTorch
 * engine), on batches of random windows of the lab's sizes. Run by scripts/bench/bench-forecast:
 *   java -Dlearninglab.threads=T -cp target/test-classes:target/learning-lab.jar dev.learninglab.bench.ForecastLstmDjlBench \
 *        BATCH WINDOW WARMUP STEPS OUTFILE
 * Appends "djl STEPS_PER_SECOND" to OUTFILE.
 * </pre>
 */
public final class ForecastLstmDjlBench {
  private ForecastLstmDjlBench() {}

  static final int LAYERS = 2, UNITS = 32;

  public static void main(String[] args) throws Exception {
    int batch = Integer.parseInt(args[0]);
    int window = Integer.parseInt(args[1]);
    int warmup = Integer.parseInt(args[2]);
    int steps = Integer.parseInt(args[3]);
    try (Model model = Model.newInstance("forecast-lstm", Compute.device(), Compute.PYTORCH)) {
      model.setBlock(LstmNetwork.build(LAYERS, UNITS));
      Tracker rate = Tracker.fixed(1e-3f);
      TrainingLoop loop =
          new TrainingLoop(
              Loss.l2Loss("mse", 1f), Optimizer.adam().optLearningRateTracker(rate).build(), rate);
      TrainingLoop.Options options =
          new TrainingLoop.Options(1, 1, new Shape(batch, window, 1), null);
      loop.run(model, new RandomWindows(batch, window, warmup), options, Progress.none());
      RandomWindows timed = new RandomWindows(batch, window, steps);
      long s = System.nanoTime();
      loop.run(model, timed, options, Progress.none());
      double perSecond = steps / ((System.nanoTime() - s) / 1e9);
      Files.writeString(
          Path.of(args[4]),
          "djl " + perSecond + "\n",
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    }
  }

  /** Random scaled windows and next-day labels in [0, 1], made before the clock runs. */
  static final class RandomWindows implements BatchSource {
    final int batch, window, count;
    final float[] inputs, labels;

    RandomWindows(int batch, int window, int count) {
      this.batch = batch;
      this.window = window;
      this.count = count;
      Random r = new Random(7);
      inputs = new float[batch * window];
      labels = new float[batch];
      for (int i = 0; i < inputs.length; i++) inputs[i] = r.nextFloat();
      for (int i = 0; i < labels.length; i++) labels[i] = r.nextFloat();
    }

    public void startEpoch(int epoch, Random random) {}

    public int batches() {
      return count;
    }

    public TrainingBatch batch(NDManager m, int index) {
      return new TrainingBatch(
          new NDList(m.create(inputs, new Shape(batch, window, 1))),
          new NDList(m.create(labels, new Shape(batch, 1))),
          batch);
    }
  }
}
