package dev.learninglab.labs.superres.model;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.learninglab.core.compute.BatchSource;
import dev.learninglab.core.compute.TrainingBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Training pairs for FSRCNN, with the paper's augmentation: every HR luma image is also down-scaled
 * by 0.9, 0.8, 0.7 and 0.6, each version gets its LR twin by {@link Bicubic}, and each epoch draws
 * fresh aligned sub-image pairs at random positions and 90° rotations (rotation commutes with the
 * symmetric bicubic, so rotating the pair equals degrading the rotated image). Values are on the
 * 0–1 scale.
 */
public final class PatchSource implements BatchSource {

  private static final double[] DOWNSCALES = {1.0, 0.9, 0.8, 0.7, 0.6};

  private final int scale;
  private final int lrPatch;
  private final int patchesPerEpoch;
  private final int batchSize;
  private final List<Plane> hr = new ArrayList<>();
  private final List<Plane> lr = new ArrayList<>();
  private float[] epochInputs;
  private float[] epochLabels;

  /**
   * @param images HR luma planes (0–255)
   * @param lrPatch side of an input sub-image; its label is lrPatch·scale
   */
  public PatchSource(
      List<Plane> images, int scale, int lrPatch, int patchesPerEpoch, int batchSize) {
    this.scale = scale;
    this.lrPatch = lrPatch;
    this.patchesPerEpoch = patchesPerEpoch;
    this.batchSize = batchSize;
    for (Plane image : images) {
      for (double f : DOWNSCALES) {
        Plane version = (f == 1.0 ? image : Bicubic.resize(image, f)).modCrop(scale);
        if (version.width() / scale >= lrPatch && version.height() / scale >= lrPatch) {
          hr.add(version);
          lr.add(Bicubic.downscale(version, scale));
        }
      }
    }
    if (hr.isEmpty()) {
      throw new IllegalArgumentException(
          "no training image is at least " + lrPatch * scale + " pixels a side");
    }
  }

  /** Image versions after augmentation by down-scaling. */
  public int versions() {
    return hr.size();
  }

  @Override
  public void startEpoch(int epoch, Random random) {
    int in = lrPatch * lrPatch;
    int out = in * scale * scale;
    epochInputs = new float[patchesPerEpoch * in];
    epochLabels = new float[patchesPerEpoch * out];
    for (int p = 0; p < patchesPerEpoch; p++) {
      int k = random.nextInt(hr.size());
      Plane low = lr.get(k);
      int x = random.nextInt(low.width() - lrPatch + 1);
      int y = random.nextInt(low.height() - lrPatch + 1);
      int turns = random.nextInt(4);
      Plane input = low.crop(x, y, lrPatch, lrPatch).rotated(turns);
      Plane label =
          hr.get(k).crop(x * scale, y * scale, lrPatch * scale, lrPatch * scale).rotated(turns);
      copyScaled(input, epochInputs, p * in);
      copyScaled(label, epochLabels, p * out);
    }
  }

  private static void copyScaled(Plane from, float[] to, int offset) {
    for (int i = 0; i < from.values().length; i++) {
      to[offset + i] = from.values()[i] / 255f;
    }
  }

  @Override
  public int batches() {
    return patchesPerEpoch / batchSize;
  }

  @Override
  public TrainingBatch batch(NDManager manager, int index) {
    int in = lrPatch * lrPatch;
    int side = lrPatch * scale;
    float[] x = new float[batchSize * in];
    float[] y = new float[batchSize * side * side];
    System.arraycopy(epochInputs, index * x.length, x, 0, x.length);
    System.arraycopy(epochLabels, index * y.length, y, 0, y.length);
    return new TrainingBatch(
        new NDList(manager.create(x, new Shape(batchSize, 1, lrPatch, lrPatch))),
        new NDList(manager.create(y, new Shape(batchSize, 1, side, side))),
        batchSize);
  }
}
