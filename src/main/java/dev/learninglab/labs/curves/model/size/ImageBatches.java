package dev.learninglab.labs.curves.model.size;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.learninglab.core.compute.BatchSource;
import dev.learninglab.core.compute.EpochOrder;
import dev.learninglab.core.compute.TrainingBatch;
import dev.learninglab.core.data.ImageSet;
import java.util.Random;

/** Batches of an {@link ImageSet} for the training loop, reshuffled every epoch as Keras does. */
final class ImageBatches implements BatchSource {
  private final ImageSet images;
  private final EpochOrder order;

  ImageBatches(ImageSet images, int batchSize) {
    this.images = images;
    this.order = new EpochOrder(images.count(), batchSize);
  }

  @Override
  public void startEpoch(int epoch, Random random) {
    order.shuffle(random);
  }

  @Override
  public int batches() {
    return order.batches();
  }

  @Override
  public TrainingBatch batch(NDManager manager, int index) {
    int[] rows = order.batch(index);
    int n = rows.length;
    int p = images.pixelsPerImage();
    float[] px = new float[n * p];
    float[] y = new float[n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(images.pixels(), rows[i] * p, px, i * p, p);
      y[i] = images.labels()[rows[i]];
    }
    NDArray x = manager.create(px, new Shape(n, 1, images.height(), images.width()));
    return new TrainingBatch(new NDList(x), new NDList(manager.create(y)), n);
  }

  /** Test-time inputs {@code from..from+n} in file order. */
  static NDArray inputs(NDManager manager, ImageSet images, int from, int n) {
    int p = images.pixelsPerImage();
    float[] px = java.util.Arrays.copyOfRange(images.pixels(), from * p, (from + n) * p);
    return manager.create(px, new Shape(n, 1, images.height(), images.width()));
  }
}
