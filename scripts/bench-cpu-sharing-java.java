// One side of scripts/bench-cpu-sharing: a fixed amount of FSRCNN(56,12,4) ×3 work through DJL,
// with the threads and engine the side's settings choose. `train N`: N Adam steps on batches of
// 16 random LR patches of 32×32 (PyTorch engine); `forward N ENGINE`: N forward passes of a
// 256×256 input (ENGINE pytorch or onnx). Appends "side,kind,threads,value" to the file named by
// -Dbench.raw (steps/s for train, median ms for forward), so the script can report the rates as
// well as interleave.py's whole-command ratio.
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

public class BenchCpuSharing {
  public static void main(String[] args) throws Exception {
    String kind = args[0];
    int n = Integer.parseInt(args[1]);
    double value;
    try (FsrcnnModel model = FsrcnnModel.create(FsrcnnConfig.standard(3), 1)) {
      if (kind.equals("train")) {
        value = trainSteps(model, n);
      } else if (args[2].equals("onnx")) {
        try (OnnxNetwork onnx = OnnxNetwork.of(model)) {
          value = medianMillis(onnx, n);
        }
      } else {
        value = medianMillis(model, n);
      }
    }
    String row = "%s,%s,%d,%.3f%n".formatted(
        System.getProperty("bench.side"), kind + (args.length > 2 ? "-" + args[2] : ""),
        ComputeSettings.current().threads(), value);
    Files.writeString(Path.of(System.getProperty("bench.raw")), row,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  static double medianMillis(LumaNetwork net, int runs) {
    float[] input = new float[256 * 256];
    Random random = new Random(1);
    for (int i = 0; i < input.length; i++) input[i] = random.nextFloat();
    net.forward(input, 256, 256);
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
    loop.run(model.djlModel(), new Random16(2), new TrainingLoop.Options(1, 1, in, null), Progress.none());
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
