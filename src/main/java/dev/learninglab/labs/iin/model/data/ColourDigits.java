package dev.learninglab.labs.iin.model.data;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.data.IdxFiles;
import dev.learninglab.core.data.ImageSet;
import dev.learninglab.core.data.ResolvedDataset;
import dev.learninglab.core.random.NumpyRandomState;
import dev.learninglab.core.task.Progress;
import java.io.IOException;

/**
 * ColorfulMNIST as the IIN paper configures it, from the 10,000 MNIST test digits the data mirror
 * holds (the training split is not available): permuted with RandomState(0), the first 8,000 for
 * training and the last 2,000 for testing. Every digit can be tinted in any of the {@link
 * Palette}'s twelve colours; the test images each have one fixed tint so that indexes name the same
 * picture every time.
 *
 * <p>The factors: {@code digit} (the class), {@code colour} (the tint); the rest (stroke, slant,
 * thickness) is the residual.
 */
public final class ColourDigits {
  public static final String DATASET = "mnist-test";
  public static final int TRAIN = 8_000;
  public static final int TEST = 2_000;
  public static final int SIDE = 28;
  public static final int PIXELS = 3 * SIDE * SIDE;

  private final ImageSet train;
  private final ImageSet test;

  public ColourDigits(ImageSet train, ImageSet test) {
    this.train = train;
    this.test = test;
  }

  public static ColourDigits load(DatasetResolver resolver, Progress progress) throws IOException {
    ResolvedDataset d = resolver.resolve(DATASET, progress);
    ImageSet all =
        IdxFiles.read(d.file("t10k-images-idx3-ubyte.gz"), d.file("t10k-labels-idx1-ubyte.gz"), 10);
    ImageSet shuffled = all.reorder(new NumpyRandomState(0).permutation(all.count()));
    if (all.count() != TRAIN + TEST) {
      throw new IOException(
          DATASET + " holds " + all.count() + " digits; ColorfulMNIST expects " + (TRAIN + TEST));
    }
    return new ColourDigits(shuffled.range(0, TRAIN), shuffled.range(TRAIN, all.count()));
  }

  public ImageSet train() {
    return train;
  }

  public ImageSet test() {
    return test;
  }

  /** The fixed tint of test image {@code index}. */
  public static int testTint(int index) {
    return Math.floorMod(index * 7 + 3, Palette.SIZE);
  }

  /** Test image {@code index} in its own tint, channels first (3 × 28 × 28). */
  public float[] testImage(int index) {
    return tinted(test, index, testTint(index));
  }

  /** Image {@code index} of {@code set} tinted with palette colour {@code tint}, channels first. */
  public static float[] tinted(ImageSet set, int index, int tint) {
    float[] out = new float[PIXELS];
    tint(set, index, tint, out, 0);
    return out;
  }

  /** Writes the tinted image into {@code out} from {@code offset}. */
  public static void tint(ImageSet set, int index, int tint, float[] out, int offset) {
    float[] rgb = Palette.rgb(tint);
    int p = SIDE * SIDE;
    float[] px = set.pixels();
    for (int c = 0; c < 3; c++) {
      for (int i = 0; i < p; i++) {
        out[offset + c * p + i] = px[index * p + i] * rgb[c];
      }
    }
  }
}
