package dev.learninglab.labs.iin.model.iin;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.learninglab.core.compute.BatchSource;
import dev.learninglab.core.compute.TrainingBatch;
import dev.learninglab.labs.iin.model.ae.Autoencoder;
import java.util.Random;

/**
 * Batches of pairs for the factor loss: n pairs, each sharing a factor drawn at random, as one
 * array of 2n codes (the n first codes, then their n partners) so the flow runs once per step; the
 * label is the (n, D) mask of the dimensions that belong to the shared factor's chunk.
 */
final class FactorBatches implements BatchSource {
  private final PairCodes codes;
  private final FactorLayout layout;
  private final int pairs;
  private final int batches;
  private Random random = new Random(0);

  FactorBatches(PairCodes codes, FactorLayout layout, int pairs, int batches) {
    this.codes = codes;
    this.layout = layout;
    this.pairs = pairs;
    this.batches = batches;
  }

  @Override
  public void startEpoch(int epoch, Random random) {
    this.random = random;
  }

  @Override
  public int batches() {
    return batches;
  }

  @Override
  public TrainingBatch batch(NDManager manager, int index) {
    return make(manager, random);
  }

  TrainingBatch make(NDManager manager, Random random) {
    int d = Autoencoder.CODE;
    float[] z = new float[2 * pairs * d];
    float[] mask = new float[pairs * d];
    int factors = layout.names().size();
    for (int p = 0; p < pairs; p++) {
      int factor = 1 + random.nextInt(factors);
      int[] pair = codes.pair(factor, random);
      codes.code(pair[0], pair[1], z, p * d);
      codes.code(pair[2], pair[3], z, (pairs + p) * d);
      int from = layout.start(factor);
      for (int k = 0; k < layout.sizes()[factor]; k++) {
        mask[p * d + from + k] = 1;
      }
    }
    return new TrainingBatch(
        new NDList(manager.create(z, new Shape(2L * pairs, d))),
        new NDList(manager.create(mask, new Shape(pairs, d))),
        pairs);
  }
}
