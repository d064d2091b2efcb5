package dev.learninglab.labs.curves.model.size;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.learninglab.core.compute.ImageSetBatch;
import dev.learninglab.core.compute.ShuffledBatches;
import dev.learninglab.core.compute.TrainingBatch;
import dev.learninglab.core.data.ImageSet;

/** Batches of an {@link ImageSet} for the training loop, reshuffled every epoch. */
final class ImageBatches extends ShuffledBatches {
  private final ImageSet images;

  ImageBatches(ImageSet images, int batchSize) {
    super(images.count(), batchSize);
    this.images = images;
  }

  @Override
  protected TrainingBatch batchOf(NDManager manager, int[] rows) {
    return ImageSetBatch.of(manager, images, rows);
  }

  /** Test-time inputs {@code from..from+n} in file order. */
  static NDArray inputs(NDManager manager, ImageSet images, int from, int n) {
    int p = images.pixelsPerImage();
    float[] px = java.util.Arrays.copyOfRange(images.pixels(), from * p, (from + n) * p);
    return manager.create(px, new Shape(n, 1, images.height(), images.width()));
  }
}
