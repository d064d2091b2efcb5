package dev.learninglab.labs.superres.model;

/**
 * Where a restoration is wrong: |restored − original| per pixel and channel, brightened {@link
 * #GAIN} times so that the small errors PSNR averages over become visible. Black means exact.
 */
public final class ErrorMap {
  /** How much brighter than the raw difference the map is drawn. */
  public static final int GAIN = 4;

  private ErrorMap() {}

  public static RgbImage of(RgbImage original, RgbImage restored) {
    if (original.width() != restored.width() || original.height() != restored.height()) {
      throw new IllegalArgumentException(
          "an error map needs two pictures of one size, got %d×%d and %d×%d"
              .formatted(original.width(), original.height(), restored.width(), restored.height()));
    }
    int[] out = new int[original.rgb().length];
    for (int i = 0; i < out.length; i++) {
      int a = original.rgb()[i];
      int b = restored.rgb()[i];
      out[i] = 0xFF000000 | channel(a, b, 16) << 16 | channel(a, b, 8) << 8 | channel(a, b, 0);
    }
    return new RgbImage(original.width(), original.height(), out);
  }

  private static int channel(int a, int b, int shift) {
    int d = Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF));
    return Math.min(255, d * GAIN);
  }
}
