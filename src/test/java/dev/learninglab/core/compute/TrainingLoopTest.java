package dev.learninglab.core.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import dev.learninglab.core.compute.layers.PerChannelPrelu;
import dev.learninglab.core.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingLoopTest {

  private static final Shape INPUT = new Shape(32, 4, 16, 16);

  @TempDir Path dir;

  @Test
  void nativeMemoryStaysFlatOverManyBatches() throws Exception {
    try (Model model = model(1)) {
      loop().run(model, new NoiseBatches(60), options(1, null), Progress.none()); // warm up
      long before = residentBytes();
      loop().run(model, new NoiseBatches(400), options(1, null), Progress.none());
      long grown = residentBytes() - before;
      // a leaked batch (inputs, labels, activations, gradients) is about 1 MB: 400 would be
      // 400 MB; the allocator and the other tests in this JVM move the resident size by tens
      assertThat(grown).isLessThan(150L << 20);
    }
  }

  /**
   * A seed fixes the initial weights and the batch order; on one intra-op thread that makes the
   * whole run bit-reproducible. (On several threads PyTorch's CPU kernels may split reductions
   * differently from run to run, and Adam carries the rounding on: runs then agree only roughly.)
   */
  @Test
  void sameSeedSameLossesOnOneThread() throws Exception {
    Engine.getEngine("PyTorch");
    int threads = JniUtils.getNumThreads();
    JniUtils.setNumThreads(1);
    try {
      assertThat(losses(7)).isEqualTo(losses(7)).isNotEqualTo(losses(8));
    } finally {
      JniUtils.setNumThreads(threads);
    }
  }

  @Test
  void cancellationStopsBetweenStepsAndKeepsTheBestCheckpoint() throws Exception {
    Path checkpoint = dir.resolve("best.params");
    AtomicInteger steps = new AtomicInteger();
    Progress cancelInSecondEpoch =
        new Progress() {
          @Override
          public void report(long done, long total, String message) {
            steps.incrementAndGet();
          }

          @Override
          public boolean isCancelled() {
            return steps.get() >= 7;
          }
        };
    try (Model model = model(1)) {
      assertThatThrownBy(
              () ->
                  loop()
                      .run(model, new NoiseBatches(5), options(3, checkpoint), cancelInSecondEpoch))
          .isInstanceOf(CancellationException.class);
    }
    assertThat(steps.get()).isEqualTo(7);
    assertThat(Files.size(checkpoint)).isPositive(); // written after epoch 1
  }

  private List<Double> losses(int seed) throws Exception {
    List<Double> losses = new ArrayList<>();
    try (Model model = model(seed)) {
      TrainingLoop loop =
          loop()
              .listener(
                  new TrainingListener() {
                    @Override
                    public void stepEnded(int epoch, int batch, int batches, double loss) {
                      losses.add(loss);
                    }
                  });
      loop.run(
          model,
          new NoiseBatches(4),
          new TrainingLoop.Options(2, seed, INPUT, null),
          Progress.none());
    }
    return losses;
  }

  private static TrainingLoop loop() {
    return new TrainingLoop(
            Loss.l2Loss(), Optimizer.adam().optLearningRateTracker(Tracker.fixed(1e-3f)).build())
        .validator(m -> 0);
  }

  private static TrainingLoop.Options options(int epochs, Path checkpoint) {
    return new TrainingLoop.Options(
        epochs,
        3,
        INPUT,
        checkpoint == null
            ? null
            : (block, epoch, score) -> ParameterFiles.save(block, checkpoint));
  }

  private static Model model(int seed) {
    Compute.seed(seed);
    Model model = Model.newInstance("test", Compute.device(), Compute.PYTORCH);
    SequentialBlock net = new SequentialBlock();
    net.add(
        Conv2d.builder()
            .setKernelShape(new Shape(3, 3))
            .setFilters(8)
            .optPadding(new Shape(1, 1))
            .build());
    net.add(new PerChannelPrelu(8));
    net.add(
        Conv2d.builder()
            .setKernelShape(new Shape(3, 3))
            .setFilters(4)
            .optPadding(new Shape(1, 1))
            .build());
    model.setBlock(net);
    return model;
  }

  private static long residentBytes() throws Exception {
    System.gc();
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
      }
    }
    throw new IllegalStateException("no VmRSS in /proc/self/status");
  }

  /** Random inputs whose label is the input itself: an identity map to learn. */
  private static final class NoiseBatches implements BatchSource {
    private final int batches;
    private Random random;

    NoiseBatches(int batches) {
      this.batches = batches;
    }

    @Override
    public void startEpoch(int epoch, Random r) {
      random = r;
    }

    @Override
    public int batches() {
      return batches;
    }

    @Override
    public TrainingBatch batch(NDManager manager, int index) {
      float[] x = new float[(int) INPUT.size()];
      for (int i = 0; i < x.length; i++) {
        x[i] = random.nextFloat();
      }
      var input = manager.create(x, INPUT);
      return new TrainingBatch(new NDList(input), new NDList(input.duplicate()), 32);
    }
  }
}
