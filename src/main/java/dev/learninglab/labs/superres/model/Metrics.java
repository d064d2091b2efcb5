package dev.learninglab.labs.superres.model;

/**
 * PSNR and SSIM on 0–255 planes, with a border cropped first. SSIM follows Wang et al. 2004 as
 * scikit-image's {@code structural_similarity(gaussian_weights=True, sigma=1.5,
 * use_sample_covariance=False, data_range=255)} computes it: 11-tap Gaussian windows (σ 1.5,
 * truncated at 3.5σ) with mirrored borders, K1 0.01, K2 0.03, and the mean taken over the map
 * without its 5-pixel margin.
 */
public final class Metrics {

  private static final double PEAK = 255;

  private Metrics() {}

  /** Peak signal-to-noise ratio in dB after cropping {@code border} pixels from every side. */
  public static double psnr(Plane a, Plane b, int border) {
    Plane x = shave(a, border);
    Plane y = shave(b, border);
    double sum = 0;
    for (int i = 0; i < x.values().length; i++) {
      double d = (double) x.values()[i] - y.values()[i];
      sum += d * d;
    }
    double mse = sum / x.values().length;
    return 10 * Math.log10(PEAK * PEAK / mse);
  }

  /** Mean structural similarity after cropping {@code border} pixels from every side. */
  public static double ssim(Plane a, Plane b, int border) {
    return Ssim.mean(shave(a, border), shave(b, border), PEAK);
  }

  /** The plane without {@code border} pixels on each side. */
  public static Plane shave(Plane p, int border) {
    return p.crop(border, border, p.width() - 2 * border, p.height() - 2 * border);
  }

  static void requireSameSize(Plane a, Plane b) {
    if (a.width() != b.width() || a.height() != b.height()) {
      throw new IllegalArgumentException(
          "cannot compare a "
              + a.width()
              + "×"
              + a.height()
              + " plane with a "
              + b.width()
              + "×"
              + b.height()
              + " one");
    }
  }
}
