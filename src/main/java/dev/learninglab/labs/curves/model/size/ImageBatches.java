package dev.learninglab.labs.curves.model.size;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.learninglab.core.compute.BatchSource;
import dev.learninglab.core.compute.TrainingBatch;
import dev.learninglab.core.data.ImageSet;
import java.util.Random;

/** Batches of an {@link ImageSet} for the training loop, reshuffled every epoch as Keras does. */
final class ImageBatches implements BatchSource {
  private final ImageSet images;
  private final int batchSize;
  private final int[] order;

  ImageBatches(ImageSet images, int batchSize) {
    this.images = images;
    this.batchSize = batchSize;
    this.order = new int[images.count()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
  }

  @Override
  public void startEpoch(int epoch, Random random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }

  @Override
  public int batches() {
    return (images.count() + batchSize - 1) / batchSize;
  }

  @Override
  public TrainingBatch batch(NDManager manager, int index) {
    int from = index * batchSize;
    int n = Math.min(batchSize, images.count() - from);
    int p = images.pixelsPerImage();
    float[] px = new float[n * p];
    float[] y = new float[n];
    for (int i = 0; i < n; i++) {
      int src = order[from + i];
      System.arraycopy(images.pixels(), src * p, px, i * p, p);
      y[i] = images.labels()[src];
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
