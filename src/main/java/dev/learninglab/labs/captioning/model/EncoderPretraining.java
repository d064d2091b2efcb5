package dev.learninglab.labs.captioning.model;

import ai.djl.Model;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import dev.learninglab.core.compute.BatchSource;
import dev.learninglab.core.compute.Compute;
import dev.learninglab.core.compute.TrainingBatch;
import dev.learninglab.core.compute.TrainingListener;
import dev.learninglab.core.compute.TrainingLoop;
import dev.learninglab.core.compute.TrainingResult;
import dev.learninglab.core.task.Progress;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * v2's stand-in for an ImageNet-trained Xception: the encoder learns to tell the {@link
 * SceneAttributes} of scenes (sigmoid cross-entropy on 45 yes/no facts), then is frozen while the
 * decoder learns to caption from it.
 */
final class EncoderPretraining {

  private EncoderPretraining() {}

  /**
   * Trains a fresh encoder in a model of its own and copies its parameters into {@code encoder}
   * (sharing one block between two DJL models would tie its arrays to the first model's lifetime);
   * returns the history (validation: none).
   */
  static TrainingResult run(
      Block target,
      NDManager targetManager,
      List<ShapesExample> scenes,
      int epochs,
      int batchSize,
      int seed,
      TrainingListener listener,
      Progress progress)
      throws Exception {
    Block encoder = Encoder.build();
    SequentialBlock classifier =
        new SequentialBlock()
            .add(encoder)
            .add(Blocks.batchFlattenBlock())
            .add(Linear.builder().setUnits(SceneAttributes.COUNT).build());
    try (Model model =
        Model.newInstance("encoder-pretraining", Compute.device(), Compute.PYTORCH)) {
      model.setBlock(classifier);
      Tracker rate = Tracker.fixed(2e-3f);
      Optimizer adam = Optimizer.adam().optLearningRateTracker(rate).build();
      TrainingResult result =
          new TrainingLoop(Loss.sigmoidBinaryCrossEntropyLoss(), adam, rate)
              .listener(listener)
              .run(
                  model,
                  new AttributeBatches(scenes, batchSize),
                  new TrainingLoop.Options(epochs, seed, Encoder.imageShape(batchSize), null),
                  progress);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      encoder.saveParameters(new DataOutputStream(bytes));
      target.loadParameters(
          targetManager, new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
      return result;
    }
  }

  private static final class AttributeBatches implements BatchSource {
    private final List<ShapesExample> scenes;
    private final int batchSize;
    private final List<Integer> order = new ArrayList<>();

    AttributeBatches(List<ShapesExample> scenes, int batchSize) {
      this.scenes = scenes;
      this.batchSize = batchSize;
    }

    @Override
    public void startEpoch(int epoch, Random random) {
      order.clear();
      for (int i = 0; i < scenes.size(); i++) {
        order.add(i);
      }
      Collections.shuffle(order, random);
    }

    @Override
    public int batches() {
      return scenes.size() / batchSize;
    }

    @Override
    public TrainingBatch batch(NDManager manager, int index) {
      List<float[]> pixels = new ArrayList<>();
      float[] labels = new float[batchSize * SceneAttributes.COUNT];
      for (int b = 0; b < batchSize; b++) {
        ShapesExample e = scenes.get(order.get(index * batchSize + b));
        pixels.add(e.pixels());
        System.arraycopy(
            SceneAttributes.of(e.scene()),
            0,
            labels,
            b * SceneAttributes.COUNT,
            SceneAttributes.COUNT);
      }
      return new TrainingBatch(
          new NDList(Captioner.images(manager, pixels)),
          new NDList(manager.create(labels, new Shape(batchSize, SceneAttributes.COUNT))),
          batchSize);
    }
  }
}
