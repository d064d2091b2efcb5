package dev.learninglab.labs.iin.model.ae;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.learninglab.core.compute.BatchSource;
import dev.learninglab.core.compute.TrainingBatch;
import dev.learninglab.core.data.ImageSet;
import dev.learninglab.labs.iin.model.data.ColourDigits;
import dev.learninglab.labs.iin.model.data.Palette;
import java.util.Random;

/**
 * Batches for the two stage-1 networks, reshuffled each epoch. For the autoencoder every digit gets
 * a fresh random tint each epoch and is its own target; for the digit oracle the grey digit comes
 * with its class.
 */
final class TintedBatches implements BatchSource {
  private final ImageSet images;
  private final int batchSize;
  private final boolean forOracle;
  private final int[] order;
  private final int[] tints;

  TintedBatches(ImageSet images, int batchSize, boolean forOracle) {
    this.images = images;
    this.batchSize = batchSize;
    this.forOracle = forOracle;
    order = new int[images.count()];
    tints = new int[images.count()];
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
    for (int i = 0; i < tints.length; i++) {
      tints[i] = random.nextInt(Palette.SIZE);
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
    if (forOracle) {
      int p = images.pixelsPerImage();
      float[] px = new float[n * p];
      float[] y = new float[n];
      for (int i = 0; i < n; i++) {
        System.arraycopy(images.pixels(), order[from + i] * p, px, i * p, p);
        y[i] = images.labels()[order[from + i]];
      }
      NDArray x = manager.create(px, DigitOracle.inputShape(n));
      return new TrainingBatch(new NDList(x), new NDList(manager.create(y)), n);
    }
    float[] px = new float[n * ColourDigits.PIXELS];
    for (int i = 0; i < n; i++) {
      int k = order[from + i];
      ColourDigits.tint(images, k, tints[k], px, i * ColourDigits.PIXELS);
    }
    NDArray x = manager.create(px, new Shape(n, 3, ColourDigits.SIDE, ColourDigits.SIDE));
    return new TrainingBatch(new NDList(x), new NDList(x), n);
  }
}
