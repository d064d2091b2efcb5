package dev.learninglab.labs.iin.model.ae;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.learninglab.core.compute.BatchSource;
import dev.learninglab.core.compute.EpochOrder;
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
  private final boolean forOracle;
  private final EpochOrder order;
  private final int[] tints;

  TintedBatches(ImageSet images, int batchSize, boolean forOracle) {
    this.images = images;
    this.forOracle = forOracle;
    order = new EpochOrder(images.count(), batchSize);
    tints = new int[images.count()];
  }

  @Override
  public void startEpoch(int epoch, Random random) {
    order.shuffle(random);
    for (int i = 0; i < tints.length; i++) {
      tints[i] = random.nextInt(Palette.SIZE);
    }
  }

  @Override
  public int batches() {
    return order.batches();
  }

  @Override
  public TrainingBatch batch(NDManager manager, int index) {
    int[] rows = order.batch(index);
    int n = rows.length;
    if (forOracle) {
      int p = images.pixelsPerImage();
      float[] px = new float[n * p];
      float[] y = new float[n];
      for (int i = 0; i < n; i++) {
        System.arraycopy(images.pixels(), rows[i] * p, px, i * p, p);
        y[i] = images.labels()[rows[i]];
      }
      NDArray x = manager.create(px, DigitOracle.inputShape(n));
      return new TrainingBatch(new NDList(x), new NDList(manager.create(y)), n);
    }
    float[] px = new float[n * ColourDigits.PIXELS];
    for (int i = 0; i < n; i++) {
      ColourDigits.tint(images, rows[i], tints[rows[i]], px, i * ColourDigits.PIXELS);
    }
    NDArray x = manager.create(px, new Shape(n, 3, ColourDigits.SIDE, ColourDigits.SIDE));
    return new TrainingBatch(new NDList(x), new NDList(x), n);
  }
}
