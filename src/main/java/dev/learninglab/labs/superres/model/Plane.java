package dev.learninglab.labs.superres.model;

/**
 * One channel of an image as floats on the 0–255 scale, row-major. The super-resolution pipeline
 * works plane by plane: Y through the network, Cb and Cr through bicubic.
 */
public record Plane(int width, int height, float[] values) {

  public Plane {
    if (values.length != (long) width * height) {
      throw new IllegalArgumentException(
          "plane of "
              + width
              + "×"
              + height
              + " needs "
              + (long) width * height
              + " values, got "
              + values.length);
    }
  }

  /** A zero plane. */
  public static Plane zeros(int width, int height) {
    return new Plane(width, height, new float[width * height]);
  }

  public float get(int x, int y) {
    return values[y * width + x];
  }

  /** The top-left part whose sides are multiples of {@code n} (the benchmarks' "mod-crop"). */
  public Plane modCrop(int n) {
    return crop(0, 0, width - width % n, height - height % n);
  }

  /** The rectangle at (x, y) of the given size. */
  public Plane crop(int x, int y, int w, int h) {
    if (x < 0 || y < 0 || w < 0 || h < 0 || x + w > width || y + h > height) {
      throw new IllegalArgumentException(
          "crop "
              + w
              + "×"
              + h
              + " at ("
              + x
              + ", "
              + y
              + ") leaves the "
              + width
              + "×"
              + height
              + " plane");
    }
    float[] out = new float[w * h];
    for (int row = 0; row < h; row++) {
      System.arraycopy(values, (y + row) * width + x, out, row * w, w);
    }
    return new Plane(w, h, out);
  }

  /** Copies {@code tile} into this plane with its top-left corner at (x, y). */
  public void paste(Plane tile, int x, int y) {
    for (int row = 0; row < tile.height; row++) {
      System.arraycopy(tile.values, row * tile.width, values, (y + row) * width + x, tile.width);
    }
  }

  /** Values rounded to integers and clipped to 0–255, as an 8-bit image would hold them. */
  public Plane quantized() {
    float[] out = new float[values.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = Math.round(Math.min(255f, Math.max(0f, values[i])));
    }
    return new Plane(width, height, out);
  }

  /** The plane turned by {@code quarterTurns}·90° counter-clockwise (for augmentation). */
  public Plane rotated(int quarterTurns) {
    Plane p = this;
    for (int t = 0; t < Math.floorMod(quarterTurns, 4); t++) {
      float[] out = new float[p.values.length];
      for (int y = 0; y < p.height; y++) {
        for (int x = 0; x < p.width; x++) {
          // (x, y) goes to (y, W-1-x) in a plane of width H
          out[(p.width - 1 - x) * p.height + y] = p.values[y * p.width + x];
        }
      }
      p = new Plane(p.height, p.width, out);
    }
    return p;
  }
}
