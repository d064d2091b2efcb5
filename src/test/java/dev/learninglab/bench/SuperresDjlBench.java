package dev.learninglab.bench;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import dev.learninglab.core.compute.BatchSource;
import dev.learninglab.core.compute.ComputeSettings;
import dev.learninglab.core.compute.TrainingBatch;
import dev.learninglab.core.compute.TrainingLoop;
import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.superres.model.FsrcnnConfig;
import dev.learninglab.labs.superres.model.FsrcnnModel;
import dev.learninglab.labs.superres.model.LumaNetwork;
import dev.learninglab.labs.superres.model.OnnxNetwork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Random;

/**
 *
 *
 * <pre>
 * FSRCNN(56,12,4) ×3 timings through DJL, for two benchmark scripts:
 *   compare RUNS STEPS       (scripts/bench/bench-superres) forward on a 256×256 input with the PyTorch
 *                            engine and with ONNX Runtime (median of RUNS), and Adam training steps
 *                            on batches of 16 random LR patches of 32×32; prints one JSON object.
 *   share train N            (scripts/bench/bench-cpu-sharing) N such training steps, PyTorch engine;
 *   share forward N ENGINE   N forward passes (ENGINE pytorch or onnx), with the threads and engine
 *                            the side's settings choose. Appends "side,kind,threads,value" to the
 *                            file named by -Dbench.raw (steps/s for train, median ms for forward).
 * </pre>
 */
public final class SuperresDjlBench {
  private SuperresDjlBench() {}

  public static void main(String[] args) throws Exception {
    if (args[0].equals("compare")) {
      compare(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
    } else if (args[0].equals("share")) {
      share(Arrays.copyOfRange(args, 1, args.length));
    } else {
      throw new IllegalArgumentException("expected compare or share, got " + args[0]);
    }
  }

  static void compare(int runs, int steps) throws Exception {
    float[] input = randomInput();
    try (FsrcnnModel model = FsrcnnModel.create(FsrcnnConfig.standard(3), 1);
        OnnxNetwork onnx = OnnxNetwork.of(model)) {
      double pt = medianMillis(model, input, 3, runs);
      double ort = medianMillis(onnx, input, 3, runs);
      double stepSeconds = 1 / trainSteps(model, 5, steps);
      System.out.printf(
          java.util.Locale.ROOT,
          "{\"djlPytorchForwardMs\": %.3f, \"djlOnnxRuntimeForwardMs\": %.3f, \"djlTrainStepSeconds\": %.5f}%n",
          pt,
          ort,
          stepSeconds);
    }
  }

  static void share(String[] args) throws Exception {
    String kind = args[0];
    int n = Integer.parseInt(args[1]);
    double value;
    try (FsrcnnModel model = FsrcnnModel.create(FsrcnnConfig.standard(3), 1)) {
      if (kind.equals("train")) {
        value = trainSteps(model, 2, n);
      } else if (args[2].equals("onnx")) {
        try (OnnxNetwork onnx = OnnxNetwork.of(model)) {
          value = medianMillis(onnx, randomInput(), 1, n);
        }
      } else {
        value = medianMillis(model, randomInput(), 1, n);
      }
    }
    String row =
        "%s,%s,%d,%.3f%n"
            .formatted(
                System.getProperty("bench.side"),
                kind + (args.length > 2 ? "-" + args[2] : ""),
                ComputeSettings.current().threads(),
                value);
    Files.writeString(
        Path.of(System.getProperty("bench.raw")),
        row,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  static float[] randomInput() {
    float[] input = new float[256 * 256];
    Random random = new Random(1);
    for (int i = 0; i < input.length; i++) input[i] = random.nextFloat();
    return input;
  }

  static double medianMillis(LumaNetwork net, float[] input, int warmups, int runs) {
    for (int i = 0; i < warmups; i++) net.forward(input, 256, 256);
    double[] t = new double[runs];
    for (int i = 0; i < runs; i++) {
      long s = System.nanoTime();
      net.forward(input, 256, 256);
      t[i] = (System.nanoTime() - s) / 1e6;
    }
    Arrays.sort(t);
    return t[runs / 2];
  }

  /** Training steps per second, after {@code warmups} untimed steps. */
  static double trainSteps(FsrcnnModel model, int warmups, int steps) throws Exception {
    TrainingLoop loop =
        new TrainingLoop(
            Loss.l2Loss("mse", 1f),
            Optimizer.adam().optLearningRateTracker(Tracker.fixed(1e-3f)).build(),
            Tracker.fixed(1e-3f));
    Shape in = new Shape(16, 1, 32, 32);
    loop.run(
        model.djlModel(),
        new Random16(warmups),
        new TrainingLoop.Options(1, 1, in, null),
        Progress.none());
    long s = System.nanoTime();
    loop.run(
        model.djlModel(),
        new Random16(steps),
        new TrainingLoop.Options(1, 1, in, null),
        Progress.none());
    return steps / ((System.nanoTime() - s) / 1e9);
  }

  /** Random batches of 16 LR 32×32 patches with 96×96 labels. */
  record Random16(int batches) implements BatchSource {
    public void startEpoch(int epoch, Random random) {}

    public int batches() {
      return batches;
    }

    public TrainingBatch batch(NDManager m, int index) {
      return new TrainingBatch(
          new NDList(m.randomUniform(0, 1, new Shape(16, 1, 32, 32))),
          new NDList(m.randomUniform(0, 1, new Shape(16, 1, 96, 96))),
          16);
    }
  }
}
