package dev.learninglab.labs.iin.model.ae;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.learninglab.core.compute.ImageSetBatch;
import dev.learninglab.core.compute.ShuffledBatches;
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
final class TintedBatches extends ShuffledBatches {
  private final ImageSet images;
  private final boolean forOracle;
  private final int[] tints;

  TintedBatches(ImageSet images, int batchSize, boolean forOracle) {
    super(images.count(), batchSize);
    this.images = images;
    this.forOracle = forOracle;
    tints = new int[images.count()];
  }

  @Override
  public void startEpoch(int epoch, Random random) {
    super.startEpoch(epoch, random);
    for (int i = 0; i < tints.length; i++) {
      tints[i] = random.nextInt(Palette.SIZE);
    }
  }

  @Override
  protected TrainingBatch batchOf(NDManager manager, int[] rows) {
    if (forOracle) {
      return ImageSetBatch.of(manager, images, rows);
    }
    int n = rows.length;
    float[] px = new float[n * ColourDigits.PIXELS];
    for (int i = 0; i < n; i++) {
      ColourDigits.tint(images, rows[i], tints[rows[i]], px, i * ColourDigits.PIXELS);
    }
    NDArray x = manager.create(px, new Shape(n, 3, ColourDigits.SIDE, ColourDigits.SIDE));
    return new TrainingBatch(new NDList(x), new NDList(x), n);
  }
}
