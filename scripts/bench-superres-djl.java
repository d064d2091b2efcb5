// FSRCNN(56,12,4) ×3 timings through DJL: forward on a 256×256 input with the PyTorch engine
// and with ONNX Runtime, and Adam training steps on batches of 16 LR patches of 32×32.
// Run by scripts/bench-superres (prints one JSON object).
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import dev.learninglab.core.compute.BatchSource;
import dev.learninglab.core.compute.TrainingBatch;
import dev.learninglab.core.compute.TrainingLoop;
import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.superres.model.FsrcnnConfig;
import dev.learninglab.labs.superres.model.FsrcnnModel;
import dev.learninglab.labs.superres.model.LumaNetwork;
import dev.learninglab.labs.superres.model.OnnxNetwork;
import java.util.Arrays;
import java.util.Random;

public class BenchSuperresDjl {
  public static void main(String[] args) throws Exception {
    int runs = Integer.parseInt(args[0]);
    int steps = Integer.parseInt(args[1]);
    float[] input = new float[256 * 256];
    Random random = new Random(1);
    for (int i = 0; i < input.length; i++) input[i] = random.nextFloat();
    try (FsrcnnModel model = FsrcnnModel.create(FsrcnnConfig.standard(3), 1);
        OnnxNetwork onnx = OnnxNetwork.of(model)) {
      double pt = medianMillis(model, input, runs);
      double ort = medianMillis(onnx, input, runs);
      double stepSeconds = 1 / trainSteps(model, steps);
      System.out.printf(java.util.Locale.ROOT,
          "{\"djlPytorchForwardMs\": %.3f, \"djlOnnxRuntimeForwardMs\": %.3f, \"djlTrainStepSeconds\": %.5f}%n",
          pt, ort, stepSeconds);
    }
  }

  static double medianMillis(LumaNetwork net, float[] input, int runs) {
    for (int i = 0; i < 3; i++) net.forward(input, 256, 256);
    double[] t = new double[runs];
    for (int i = 0; i < runs; i++) {
      long s = System.nanoTime();
      net.forward(input, 256, 256);
      t[i] = (System.nanoTime() - s) / 1e6;
    }
    Arrays.sort(t);
    return t[runs / 2];
  }

  static double trainSteps(FsrcnnModel model, int steps) throws Exception {
    TrainingLoop loop = new TrainingLoop(Loss.l2Loss("mse", 1f),
        Optimizer.adam().optLearningRateTracker(Tracker.fixed(1e-3f)).build());
    Shape in = new Shape(16, 1, 32, 32);
    loop.run(model.djlModel(), new Random16(5), new TrainingLoop.Options(1, 1, in, null), Progress.none());
    long s = System.nanoTime();
    loop.run(model.djlModel(), new Random16(steps), new TrainingLoop.Options(1, 1, in, null), Progress.none());
    return steps / ((System.nanoTime() - s) / 1e9);
  }

  /** Random batches of 16 LR 32×32 patches with 96×96 labels. */
  record Random16(int batches) implements BatchSource {
    public void startEpoch(int epoch, Random random) {}
    public int batches() { return batches; }
    public TrainingBatch batch(NDManager m, int index) {
      return new TrainingBatch(new NDList(m.randomUniform(0, 1, new Shape(16, 1, 32, 32))),
          new NDList(m.randomUniform(0, 1, new Shape(16, 1, 96, 96))), 16);
    }
  }
}
