package dev.learninglab.core.compute;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.learninglab.core.data.ImageSet;

/**
 * Some images of an {@link ImageSet} as one training batch: (n, 1, height, width) and the labels.
 */
public final class ImageSetBatch {
  private ImageSetBatch() {}

  public static TrainingBatch of(NDManager manager, ImageSet images, int[] samples) {
    ImageSet picked = images.reorder(samples);
    NDArray x =
        manager.create(
            picked.pixels(), new Shape(picked.count(), 1, images.height(), images.width()));
    float[] y = new float[picked.count()];
    for (int i = 0; i < y.length; i++) {
      y[i] = picked.labels()[i];
    }
    return new TrainingBatch(new NDList(x), new NDList(manager.create(y)), picked.count());
  }
}
