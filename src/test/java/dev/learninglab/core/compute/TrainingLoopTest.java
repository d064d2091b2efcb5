package dev.learninglab.core.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
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
import dev.learninglab.testing.Checkpoints;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
      loop().run(model, new NoiseBatches(60), options(1, (Path) null), Progress.none()); // warm up
      long before = residentBytes();
      loop().run(model, new NoiseBatches(400), options(1, (Path) null), Progress.none());
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

  @Test
  void aNanLossStopsTheRunAtThatStepAndLeavesTheLastCheckpointByteForByte() throws Exception {
    CheckpointFolder folder = CheckpointFolder.at(dir.resolve("best"), "best");
    try (Model model = model(1)) {
      loop().run(model, new NoiseBatches(2), options(1, folder), Progress.none());
    }
    Map<String, String> before = Checkpoints.contents(folder.dir());

    try (Model model = model(2)) {
      TrainingLoop nanAtThirdStep = loop(new NanAfter(2), 1e-3f);
      assertThatThrownBy(
              () ->
                  nanAtThirdStep.run(
                      model, new NoiseBatches(5), options(2, folder), Progress.none()))
          .isInstanceOfSatisfying(
              TrainingDiverged.class,
              e -> {
                assertThat(e.epoch()).isEqualTo(1);
                assertThat(e.step()).isEqualTo(3);
                assertThat(e.json()).containsEntry("stopped", "diverged").containsEntry("step", 3);
              })
          .hasMessage(
              "Training diverged at epoch 1, step 3 (loss NaN, learning rate 0.001): nothing was"
                  + " saved; try a lower learning rate (e.g. 0.0001)");
    }
    assertThat(Checkpoints.contents(folder.dir())).isEqualTo(before);
  }

  @Test
  void aRunThatDivergesAfterSavingKeepsThoseWeightsAndItsCardSaysDiverged() throws Exception {
    CheckpointFolder folder = CheckpointFolder.at(dir.resolve("best"), "best");
    try (Model model = model(1)) {
      // epoch 1 is steps 1-2; the NaN comes at epoch 2, step 2
      assertThatThrownBy(
              () ->
                  loop(new NanAfter(3), 1e-3f)
                      .run(model, new NoiseBatches(2), options(3, folder), Progress.none()))
          .isInstanceOf(TrainingDiverged.class)
          .hasMessageContaining("epoch 2, step 2")
          .hasMessageContaining("the checkpoint of epoch 1 is kept");
    }
    CheckpointCard card = folder.card("test");
    assertThat(card.epoch()).isEqualTo(1);
    assertThat(card.stopReason()).isEqualTo(StopReason.DIVERGED);
  }

  @Test
  void aNanValidationScoreIsNeverAnImprovement() throws Exception {
    CheckpointFolder folder = CheckpointFolder.at(dir.resolve("best"), "best");
    try (Model model = model(1)) {
      TrainingResult nan =
          loop()
              .validator(m -> Double.NaN)
              .run(model, new NoiseBatches(1), options(2, folder), Progress.none());
      assertThat(nan.bestEpoch()).isZero();
      assertThat(nan.epochs()).noneMatch(EpochReport::best);
      assertThat(folder.exists()).isFalse();

      // a resumed model whose score was NaN is beaten by any number
      TrainingResult afterNan =
          loop()
              .bestSoFar(Double.NaN)
              .run(model, new NoiseBatches(1), options(1, folder), Progress.none());
      assertThat(afterNan.bestEpoch()).isEqualTo(1);
      assertThat(folder.card("test").stopReason()).isEqualTo(StopReason.COMPLETED);
    }
  }

  @Test
  void aCompletedRunSaysSoAndATimeBudgetRunSaysThat() throws Exception {
    try (Model model = model(1)) {
      assertThat(
              loop()
                  .run(model, new NoiseBatches(1), options(1, (Path) null), Progress.none())
                  .stopped())
          .isEqualTo(StopReason.COMPLETED);
      TrainingResult budget =
          loop()
              .run(
                  model,
                  new NoiseBatches(1),
                  new TrainingLoop.Options(3, 3, INPUT, null, 1e-9),
                  Progress.none());
      assertThat(budget.stopped()).isEqualTo(StopReason.TIME_BUDGET);
      assertThat(budget.epochs()).hasSize(1);
    }
  }

  @Test
  void earlyStoppingEndsTheRunAfterThePatienceOfEpochsWithoutABetterScore() throws Exception {
    try (Model model = model(1)) {
      // a validation that never improves after the first epoch
      TrainingResult result =
          loop()
              .validator(m -> 1.0)
              .earlyStopping(2)
              .run(model, new NoiseBatches(1), options(10, (Path) null), Progress.none());
      assertThat(result.stopped()).isEqualTo(StopReason.EARLY_STOP);
      assertThat(result.epochs()).hasSize(3);
      assertThat(result.bestEpoch()).isEqualTo(1);
    }
  }

  private static TrainingLoop.Options options(int epochs, CheckpointFolder folder) {
    return new TrainingLoop.Options(
        epochs,
        3,
        INPUT,
        folder.checkpoint(
            (epoch, score) -> CheckpointCard.of("test", 1, epoch, score, Map.of("kind", "test"))));
  }

  /** The l2 loss for {@code good} batches, then NaN. */
  private static final class NanAfter extends Loss {
    private final int good;
    private int calls;

    NanAfter(int good) {
      super("nan-after");
      this.good = good;
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
      NDArray loss = Loss.l2Loss().evaluate(labels, predictions);
      return ++calls > good ? loss.mul(Float.NaN) : loss;
    }
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
    return loop(Loss.l2Loss(), 1e-3f);
  }

  private static TrainingLoop loop(Loss loss, float rate) {
    Tracker fixed = Tracker.fixed(rate);
    return new TrainingLoop(loss, Optimizer.adam().optLearningRateTracker(fixed).build(), fixed)
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
