package dev.learninglab.labs.iin.model.iin;

import dev.learninglab.core.data.ImageSet;
import dev.learninglab.labs.iin.model.ae.Autoencoder;
import dev.learninglab.labs.iin.model.ae.StageOne;
import dev.learninglab.labs.iin.model.data.ColourDigits;
import dev.learninglab.labs.iin.model.data.Palette;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The autoencoder's codes of every training digit in every tint (the encoder is frozen, so they are
 * computed once), and the pairs that share one factor: {@code digit} = the same class in another
 * tint, {@code colour} = another digit in the same tint.
 */
public final class PairCodes {
  public static final List<String> FACTORS = List.of("digit", "colour");
  public static final int DIGIT = 1;
  public static final int COLOUR = 2;

  private final ImageSet images;
  private final float[] codes;
  private final int[][] byClass;

  private PairCodes(ImageSet images, float[] codes) {
    this.images = images;
    this.codes = codes;
    List<List<Integer>> lists = new ArrayList<>();
    for (int c = 0; c < 10; c++) {
      lists.add(new ArrayList<>());
    }
    for (int i = 0; i < images.count(); i++) {
      lists.get(images.labels()[i]).add(i);
    }
    byClass = new int[10][];
    for (int c = 0; c < 10; c++) {
      byClass[c] = lists.get(c).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /** Encodes {@code images} in all twelve tints with the frozen autoencoder. */
  public static PairCodes encode(StageOne stage, ImageSet images) {
    int n = images.count();
    float[] codes = new float[n * Palette.SIZE * Autoencoder.CODE];
    float[] batch = new float[n * ColourDigits.PIXELS];
    for (int t = 0; t < Palette.SIZE; t++) {
      for (int i = 0; i < n; i++) {
        ColourDigits.tint(images, i, t, batch, i * ColourDigits.PIXELS);
      }
      float[] z = stage.encode(batch, n);
      for (int i = 0; i < n; i++) {
        System.arraycopy(
            z,
            i * Autoencoder.CODE,
            codes,
            (i * Palette.SIZE + t) * Autoencoder.CODE,
            Autoencoder.CODE);
      }
    }
    return new PairCodes(images, codes);
  }

  public int count() {
    return images.count();
  }

  /** Copies the code of image {@code index} in tint {@code tint} into {@code out} at {@code at}. */
  public void code(int index, int tint, float[] out, int at) {
    System.arraycopy(
        codes, (index * Palette.SIZE + tint) * Autoencoder.CODE, out, at, Autoencoder.CODE);
  }

  /**
   * A pair sharing {@code factor}: {index a, tint a, index b, tint b}. Digit pairs differ in tint,
   * colour pairs in image.
   */
  public int[] pair(int factor, Random random) {
    int a = random.nextInt(count());
    int ta = random.nextInt(Palette.SIZE);
    if (factor == DIGIT) {
      int[] same = byClass[images.labels()[a]];
      int b = same[random.nextInt(same.length)];
      int tb = (ta + 1 + random.nextInt(Palette.SIZE - 1)) % Palette.SIZE;
      return new int[] {a, ta, b, tb};
    }
    int b = (a + 1 + random.nextInt(count() - 1)) % count();
    return new int[] {a, ta, b, ta};
  }
}
