package dev.learninglab.labs.superres.model;

/** The SSIM map of {@link Metrics#ssim}, with separable Gaussian filtering in double precision. */
final class Ssim {

  private static final double SIGMA = 1.5;
  private static final int RADIUS = (int) (3.5 * SIGMA + 0.5); // scipy's truncate = 3.5
  private static final double[] KERNEL = gaussian();

  private Ssim() {}

  static double mean(Plane a, Plane b, double range) {
    Metrics.requireSameSize(a, b);
    int w = a.width();
    int h = a.height();
    if (w <= 2 * RADIUS || h <= 2 * RADIUS) {
      throw new IllegalArgumentException(
          "SSIM needs at least "
              + (2 * RADIUS + 1)
              + " pixels a side, the plane is "
              + w
              + "×"
              + h);
    }
    int n = w * h;
    double[] x = new double[n];
    double[] y = new double[n];
    double[] xx = new double[n];
    double[] yy = new double[n];
    double[] xy = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = a.values()[i];
      y[i] = b.values()[i];
      xx[i] = x[i] * x[i];
      yy[i] = y[i] * y[i];
      xy[i] = x[i] * y[i];
    }
    double[] ux = blur(x, w, h);
    double[] uy = blur(y, w, h);
    double[] uxx = blur(xx, w, h);
    double[] uyy = blur(yy, w, h);
    double[] uxy = blur(xy, w, h);
    double c1 = Math.pow(0.01 * range, 2);
    double c2 = Math.pow(0.03 * range, 2);
    double sum = 0;
    int count = 0;
    for (int row = RADIUS; row < h - RADIUS; row++) {
      for (int col = RADIUS; col < w - RADIUS; col++) {
        int i = row * w + col;
        double vx = uxx[i] - ux[i] * ux[i];
        double vy = uyy[i] - uy[i] * uy[i];
        double vxy = uxy[i] - ux[i] * uy[i];
        sum +=
            (2 * ux[i] * uy[i] + c1)
                * (2 * vxy + c2)
                / ((ux[i] * ux[i] + uy[i] * uy[i] + c1) * (vx + vy + c2));
        count++;
      }
    }
    return sum / count;
  }

  private static double[] gaussian() {
    double[] k = new double[2 * RADIUS + 1];
    double total = 0;
    for (int i = -RADIUS; i <= RADIUS; i++) {
      k[i + RADIUS] = Math.exp(-0.5 * i * i / (SIGMA * SIGMA));
      total += k[i + RADIUS];
    }
    for (int i = 0; i < k.length; i++) {
      k[i] /= total;
    }
    return k;
  }

  /** Gaussian filter along rows then columns, borders mirrored as scipy's mode "reflect". */
  private static double[] blur(double[] v, int w, int h) {
    double[] tmp = new double[v.length];
    for (int row = 0; row < h; row++) {
      for (int col = 0; col < w; col++) {
        double s = 0;
        for (int k = -RADIUS; k <= RADIUS; k++) {
          s += KERNEL[k + RADIUS] * v[row * w + reflect(col + k, w)];
        }
        tmp[row * w + col] = s;
      }
    }
    double[] out = new double[v.length];
    for (int row = 0; row < h; row++) {
      for (int col = 0; col < w; col++) {
        double s = 0;
        for (int k = -RADIUS; k <= RADIUS; k++) {
          s += KERNEL[k + RADIUS] * tmp[reflect(row + k, h) * w + col];
        }
        out[row * w + col] = s;
      }
    }
    return out;
  }

  /** scipy's "reflect": d c b a | a b c d | d c b a. */
  private static int reflect(int i, int n) {
    int m = Math.floorMod(i, 2 * n);
    return m < n ? m : 2 * n - 1 - m;
  }
}
