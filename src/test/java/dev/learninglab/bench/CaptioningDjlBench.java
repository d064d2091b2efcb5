package dev.learninglab.bench;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import dev.learninglab.core.compute.BatchSource;
import dev.learninglab.core.compute.TrainingBatch;
import dev.learninglab.core.compute.TrainingLoop;
import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.captioning.model.CaptionLoss;
import dev.learninglab.labs.captioning.model.Captioner;
import dev.learninglab.labs.captioning.model.ModelKind;
import dev.learninglab.labs.captioning.model.Vocabulary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 *
 *
 * <pre>
 * v3's attention-LSTM captioner, Adam training steps through DJL (PyTorch engine) on batches of
 * random pictures and captions of the lab's sizes. Run by scripts/bench/bench-captioning:
 *   java -Dlearninglab.threads=T -cp target/test-classes:target/learning-lab.jar dev.learninglab.bench.CaptioningDjlBench \
 *        BATCH WARMUP STEPS OUTFILE
 * Appends "djl STEPS_PER_SECOND" to OUTFILE.
 * </pre>
 */
public final class CaptioningDjlBench {
  private CaptioningDjlBench() {}

  static final int SIDE = 48, STEPS = 18, WORDS = 30; // the shipped v3: 30 words + 4 specials

  public static void main(String[] args) throws Exception {
    int batch = Integer.parseInt(args[0]);
    int warmup = Integer.parseInt(args[1]);
    int steps = Integer.parseInt(args[2]);
    List<String> words = new ArrayList<>(List.of("<pad>", "<start>", "<end>", "<unk>"));
    for (int i = 0; i < WORDS; i++) words.add("w" + (char) ('a' + i % 26) + (char) ('a' + i / 26));
    try (Captioner c = Captioner.create(ModelKind.V3, new Vocabulary(words), STEPS, 1)) {
      TrainingLoop loop =
          new TrainingLoop(
              new CaptionLoss(true),
              Optimizer.adam().optLearningRateTracker(Tracker.fixed(1e-3f)).build(),
              Tracker.fixed(1e-3f));
      Shape in = new Shape(batch, 3, SIDE, SIDE);
      loop.run(
          c.djlModel(),
          new RandomBatches(batch, warmup, words.size()),
          new TrainingLoop.Options(1, 1, in, null),
          Progress.none());
      long s = System.nanoTime();
      loop.run(
          c.djlModel(),
          new RandomBatches(batch, steps, words.size()),
          new TrainingLoop.Options(1, 1, in, null),
          Progress.none());
      double perSecond = steps / ((System.nanoTime() - s) / 1e9);
      Files.writeString(
          Path.of(args[3]),
          "djl " + perSecond + "\n",
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    }
  }

  /** Random pictures and captions (lengths 5–17 then padding), made before the clock runs. */
  static final class RandomBatches implements BatchSource {
    final int batch, count, vocabulary;
    final float[] pixels;
    final long[] input, target;

    RandomBatches(int batch, int count, int vocabulary) {
      this.batch = batch;
      this.count = count;
      this.vocabulary = vocabulary;
      Random r = new Random(7);
      pixels = new float[batch * 3 * SIDE * SIDE];
      for (int i = 0; i < pixels.length; i++) pixels[i] = r.nextFloat();
      input = new long[batch * STEPS];
      target = new long[batch * STEPS];
      for (int b = 0; b < batch; b++) {
        int length = 5 + r.nextInt(STEPS - 5);
        input[b * STEPS] = Vocabulary.START;
        for (int t = 0; t < STEPS; t++) {
          long w = t < length ? 4 + r.nextInt(vocabulary - 4) : t == length ? Vocabulary.END : 0;
          target[b * STEPS + t] = w;
          if (t + 1 < STEPS) input[b * STEPS + t + 1] = w;
        }
      }
    }

    public void startEpoch(int epoch, Random random) {}

    public int batches() {
      return count;
    }

    public TrainingBatch batch(NDManager m, int index) {
      return new TrainingBatch(
          new NDList(
              m.create(pixels, new Shape(batch, 3, SIDE, SIDE)),
              m.create(input, new Shape(batch, STEPS))),
          new NDList(m.create(target, new Shape(batch, STEPS))),
          batch);
    }
  }
}
