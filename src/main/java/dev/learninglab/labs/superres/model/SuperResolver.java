package dev.learninglab.labs.superres.model;

/**
 * Whole-picture operations of the lab: degrade a photo by bicubic down-scaling, enlarge one with
 * bicubic and with a network (Y through the network, Cb and Cr bicubic), and the "degrade and
 * restore" experiment with PSNR/SSIM against the original.
 */
public final class SuperResolver {

  /** Both enlargements of one picture and how long the network took. */
  public record Enlarged(RgbImage bicubic, RgbImage network, double networkMillis) {}

  /** The restore experiment: original, its degraded version, both restorations, scores. */
  public record Restored(
      RgbImage original,
      RgbImage degraded,
      Enlarged enlarged,
      double bicubicPsnr,
      double networkPsnr,
      double bicubicSsim,
      double networkSsim) {}

  private SuperResolver() {}

  /** The picture shrunk by {@code scale} (after mod-crop), as the benchmarks make LR inputs. */
  public static RgbImage degrade(RgbImage image, int scale) {
    Plane[] ycc = YCbCr.fromImage(image.modCrop(scale));
    return YCbCr.toImage(
        Bicubic.downscale(ycc[0], scale),
        Bicubic.downscale(ycc[1], scale),
        Bicubic.downscale(ycc[2], scale));
  }

  /** The picture enlarged both ways, the network in tiles of {@code tile} LR pixels. */
  public static Enlarged enlarge(RgbImage image, LumaNetwork network, int tile) {
    int s = network.scale();
    Plane[] ycc = YCbCr.fromImage(image);
    Plane cb = Bicubic.upscale(ycc[1], s);
    Plane cr = Bicubic.upscale(ycc[2], s);
    long start = System.nanoTime();
    Plane y = new TiledUpscaler(network, tile).upscale(ycc[0]);
    double millis = (System.nanoTime() - start) / 1e6;
    RgbImage bicubic = YCbCr.toImage(Bicubic.upscale(ycc[0], s), cb, cr);
    return new Enlarged(bicubic, YCbCr.toImage(y, cb, cr), millis);
  }

  /**
   * The picture enlarged by the network only (Y) and bicubic colour: what {@code superres upscale}
   * writes, without the bicubic comparison image's memory.
   */
  public static RgbImage upscale(RgbImage image, LumaNetwork network, int tile) {
    int s = network.scale();
    Plane[] ycc = YCbCr.fromImage(image);
    Plane y = new TiledUpscaler(network, tile).upscale(ycc[0]);
    return YCbCr.toImage(y, Bicubic.upscale(ycc[1], s), Bicubic.upscale(ycc[2], s));
  }

  /**
   * About how many bytes of heap {@link #upscale} needs for a {@code width}×{@code height} picture:
   * the input's pixels and its three float planes, then the three enlarged planes, the RGB result
   * and the copy PNG encoding makes.
   */
  public static long upscaleBytes(int width, int height, int scale) {
    long pixels = (long) width * height;
    return pixels * (16 + 20L * scale * scale);
  }

  /** Degrades {@code image} by the network's scale, restores it both ways, and scores both. */
  public static Restored restore(RgbImage image, LumaNetwork network, int tile) {
    int s = network.scale();
    RgbImage original = image.modCrop(s);
    RgbImage degraded = degrade(original, s);
    Enlarged enlarged = enlarge(degraded, network, tile);
    Plane truth = YCbCr.luma(original);
    Plane bic = YCbCr.luma(enlarged.bicubic());
    Plane net = YCbCr.luma(enlarged.network());
    return new Restored(
        original,
        degraded,
        enlarged,
        Metrics.psnr(truth, bic, s),
        Metrics.psnr(truth, net, s),
        Metrics.ssim(truth, bic, s),
        Metrics.ssim(truth, net, s));
  }
}
