package dev.learninglab.labs.superres.model;

/**
 * FSRCNN's hyper-parameters: d feature maps, s shrunk maps, m mapping layers, and the scale factor
 * (which only the last, deconvolution layer depends on).
 */
public record FsrcnnConfig(int d, int s, int m, int scale) {

  public FsrcnnConfig {
    if (d < 1 || s < 1 || m < 0) {
      throw new IllegalArgumentException(
          "FSRCNN needs d, s ≥ 1 and m ≥ 0, got " + d + ", " + s + ", " + m);
    }
    if (scale < 2 || scale > 4) {
      throw new IllegalArgumentException("scale must be 2, 3 or 4, got " + scale);
    }
  }

  /** The paper's quality setting FSRCNN(56, 12, 4). */
  public static FsrcnnConfig standard(int scale) {
    return new FsrcnnConfig(56, 12, 4, scale);
  }

  /** The paper's real-time setting FSRCNN-s(32, 5, 1). */
  public static FsrcnnConfig small(int scale) {
    return new FsrcnnConfig(32, 5, 1, scale);
  }

  /**
   * How far, in low-resolution pixels, an output pixel sees: the 5×5 layer, m 3×3 layers and the
   * deconvolution's sub-pixel reach. Tiles overlapping by this much join seamlessly.
   */
  public int receptiveRadius() {
    return 2 + m + dev.learninglab.core.compute.layers.SubPixelDeconvolution.radius(9, scale);
  }
}
