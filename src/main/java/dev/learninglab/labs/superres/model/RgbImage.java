package dev.learninglab.labs.superres.model;

/**
 * An 8-bit RGB image as packed {@code 0xAARRGGBB} ints, row-major: the model's picture type, free
 * of java.awt so the model stays headless (the io package converts to and from files). {@code
 * singleChannel} marks a picture whose file had one (gray) channel: the benchmark protocol measures
 * such images on their gray values, as MATLAB's evaluation does, not on a BT.601 Y made from them.
 */
public record RgbImage(int width, int height, int[] rgb, boolean singleChannel) {

  public RgbImage(int width, int height, int[] rgb) {
    this(width, height, rgb, false);
  }

  public RgbImage {
    if (width <= 0 || height <= 0 || rgb.length != (long) width * height) {
      throw new IllegalArgumentException(
          "an RGB image of " + width + "×" + height + " needs that many pixels, got " + rgb.length);
    }
  }

  /** Whether any pixel is not fully opaque: the network restores colour, not transparency. */
  public boolean hasTransparency() {
    for (int argb : rgb) {
      if (argb >>> 24 != 0xff) {
        return true;
      }
    }
    return false;
  }

  /** The top-left part whose sides are multiples of {@code n}. */
  public RgbImage modCrop(int n) {
    int w = width - width % n;
    int h = height - height % n;
    if (w == 0 || h == 0) {
      throw new IllegalArgumentException(
          "a " + width + "×" + height + " image is too small for scale " + n);
    }
    int[] out = new int[w * h];
    for (int y = 0; y < h; y++) {
      System.arraycopy(rgb, y * width, out, y * w, w);
    }
    return new RgbImage(w, h, out, singleChannel);
  }

  /** The gray values of a single-channel picture (its red channel, equal to the others). */
  public Plane grayPlane() {
    Plane plane = Plane.zeros(width, height);
    for (int i = 0; i < rgb.length; i++) {
      plane.values()[i] = (rgb[i] >> 16) & 0xff;
    }
    return plane;
  }
}
