package dev.learninglab.labs.iin.model.ae;

import ai.djl.Model;
import ai.djl.nn.Block;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import dev.learninglab.core.compute.CheckpointCard;
import dev.learninglab.core.compute.CheckpointFolder;
import dev.learninglab.core.compute.Compute;
import dev.learninglab.core.compute.StopReason;
import dev.learninglab.core.compute.TrainingListener;
import dev.learninglab.core.compute.TrainingLoop;
import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.iin.model.data.ColourDigits;
import dev.learninglab.labs.iin.model.data.Palette;
import java.util.List;

/**
 * Trains stage 1: the autoencoder on tinted training digits (reconstruction MSE, Adam 1e-3), then
 * the digit oracle on the grey training digits (cross-entropy, a fixed 8 epochs), and writes both
 * as one checkpoint folder, so a half-finished run never leaves a model without its judge.
 */
public final class StageOneTrainer {
  public static final int BATCH = 64;
  public static final int ORACLE_EPOCHS = 8;
  public static final float LEARNING_RATE = 1e-3f;

  private StageOneTrainer() {}

  public static StageOneCard train(
      ColourDigits data,
      int epochs,
      float learningRate,
      int seed,
      CheckpointFolder out,
      TrainingListener listener,
      Progress progress)
      throws Exception {
    if (epochs < 1) {
      throw new IllegalArgumentException("Epochs must be at least 1, got " + epochs);
    }
    Compute.seed(seed);
    try (Model model = Model.newInstance("iin-autoencoder", Compute.device(), Compute.PYTORCH);
        Model judge = Model.newInstance("iin-oracle", Compute.device(), Compute.PYTORCH)) {
      Autoencoder ae = new Autoencoder();
      model.setBlock(ae.block());
      loop(Loss.l2Loss(), learningRate, listener)
          .run(
              model,
              new TintedBatches(data.train(), BATCH, false),
              new TrainingLoop.Options(epochs, seed, Autoencoder.inputShape(BATCH), null),
              progress);
      DigitOracle oracle = new DigitOracle();
      judge.setBlock(oracle.block());
      loop(Loss.softmaxCrossEntropyLoss(), LEARNING_RATE, TrainingListener.none())
          .run(
              judge,
              new TintedBatches(data.train(), BATCH, true),
              new TrainingLoop.Options(ORACLE_EPOCHS, seed, DigitOracle.inputShape(BATCH), null),
              progress);
      StageOne trained = new StageOne(model, ae, oracle, null);
      StageOneCard card =
          new StageOneCard(
              StageOneCard.KIND,
              "colormnist",
              Autoencoder.CODE,
              epochs,
              testMse(trained, data),
              oracleAccuracy(trained, data));
      List<Block> members = List.of(ae.block(), oracle.block());
      out.write(
          CheckpointCard.of(StageOne.LAB, 2, epochs, Double.NaN, card)
              .stopped(StopReason.COMPLETED),
          members);
      return card;
    }
  }

  private static TrainingLoop loop(Loss loss, float learningRate, TrainingListener listener) {
    Tracker rate = Tracker.fixed(learningRate);
    return new TrainingLoop(loss, Optimizer.adam().optLearningRateTracker(rate).build(), rate)
        .listener(listener);
  }

  static double testMse(StageOne stage, ColourDigits data) {
    int n = data.test().count();
    float[] images = new float[n * ColourDigits.PIXELS];
    for (int i = 0; i < n; i++) {
      System.arraycopy(data.testImage(i), 0, images, i * ColourDigits.PIXELS, ColourDigits.PIXELS);
    }
    float[] back = stage.decode(stage.encode(images, n), n);
    double sum = 0;
    for (int i = 0; i < images.length; i++) {
      double d = back[i] - images[i];
      sum += d * d;
    }
    return sum / images.length;
  }

  static double oracleAccuracy(StageOne stage, ColourDigits data) {
    int n = data.test().count();
    float[] images = new float[n * ColourDigits.PIXELS];
    for (int i = 0; i < n; i++) {
      ColourDigits.tint(data.test(), i, i % Palette.SIZE, images, i * ColourDigits.PIXELS);
    }
    int[] predicted = stage.digits(images, n);
    int right = 0;
    for (int i = 0; i < n; i++) {
      right += predicted[i] == data.test().labels()[i] ? 1 : 0;
    }
    return (double) right / n;
  }
}
