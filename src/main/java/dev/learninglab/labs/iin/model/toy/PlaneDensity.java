package dev.learninglab.labs.iin.model.toy;

import dev.learninglab.core.io.Choice;
import java.util.Random;

/**
 * The two 2-D densities of FFJORD's toy experiments, sampled as its code does and with their exact
 * log-density, so a flow's held-out NLL can be set beside the density's true entropy.
 *
 * <ul>
 *   <li>8 gaussians: centres 4·(the eight unit directions at multiples of 45°), standard deviation
 *       0.5, the whole divided by 1.414.
 *   <li>moons: scikit-learn's two half circles (angle uniform in [0, π]) with noise 0.1, then
 *       scaled by 2 and shifted by (−1, −0.2); the density is the noise kernel averaged along both
 *       arcs (numerical quadrature).
 * </ul>
 */
public enum PlaneDensity {
  EIGHT_GAUSSIANS("8gaussians"),
  MOONS("moons");

  private static final double SQRT_HALF = Math.sqrt(0.5);
  private static final double[][] DIRECTIONS = {
    {1, 0},
    {-1, 0},
    {0, 1},
    {0, -1},
    {SQRT_HALF, SQRT_HALF},
    {SQRT_HALF, -SQRT_HALF},
    {-SQRT_HALF, SQRT_HALF},
    {-SQRT_HALF, -SQRT_HALF}
  };
  private static final double GAUSS_SCALE = 4 / 1.414;
  private static final double GAUSS_SD = 0.5 / 1.414;
  private static final double MOON_SD = 0.2;
  private static final int ARC_POINTS = 2000;
  private static final int GAUSS_ENTROPY_SAMPLES = 100_000;
  private static final int MOON_ENTROPY_SAMPLES = 20_000;

  private final String id;
  private volatile Double entropy;

  PlaneDensity(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static PlaneDensity byId(String id) {
    return Choice.byId(values(), PlaneDensity::id, id, "density");
  }

  /** {@code n} samples as x0, y0, x1, y1, … */
  public float[] sample(int n, Random random) {
    float[] out = new float[2 * n];
    for (int i = 0; i < n; i++) {
      double x;
      double y;
      if (this == EIGHT_GAUSSIANS) {
        double[] c = DIRECTIONS[random.nextInt(8)];
        x = c[0] * GAUSS_SCALE + random.nextGaussian() * GAUSS_SD;
        y = c[1] * GAUSS_SCALE + random.nextGaussian() * GAUSS_SD;
      } else {
        double theta = random.nextDouble() * Math.PI;
        double[] p = moonPoint(random.nextBoolean(), theta);
        x = p[0] + random.nextGaussian() * MOON_SD;
        y = p[1] + random.nextGaussian() * MOON_SD;
      }
      out[2 * i] = (float) x;
      out[2 * i + 1] = (float) y;
    }
    return out;
  }

  /** log p(x, y) in nats. */
  public double logDensity(double x, double y) {
    double sum = 0;
    if (this == EIGHT_GAUSSIANS) {
      for (double[] c : DIRECTIONS) {
        sum += kernel(x - c[0] * GAUSS_SCALE, y - c[1] * GAUSS_SCALE, GAUSS_SD);
      }
      return Math.log(sum / DIRECTIONS.length);
    }
    for (int arc = 0; arc < 2; arc++) {
      for (int k = 0; k < ARC_POINTS; k++) {
        double[] p = moonPoint(arc == 0, (k + 0.5) / ARC_POINTS * Math.PI);
        sum += kernel(x - p[0], y - p[1], MOON_SD);
      }
    }
    return Math.log(sum / (2 * ARC_POINTS));
  }

  /**
   * The differential entropy −E[log p] in nats, a Monte Carlo mean over samples of a fixed seed
   * (100,000 for 8 gaussians, standard error about 0.003 nats; 20,000 for the moons, whose density
   * costs 4,000 kernels a point).
   */
  public double entropy() {
    Double e = entropy;
    if (e == null) {
      int n = this == EIGHT_GAUSSIANS ? GAUSS_ENTROPY_SAMPLES : MOON_ENTROPY_SAMPLES;
      float[] xs = sample(n, new Random(20200601));
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum -= logDensity(xs[2 * i], xs[2 * i + 1]);
      }
      e = sum / n;
      entropy = e;
    }
    return e;
  }

  private static double[] moonPoint(boolean outer, double theta) {
    double px = outer ? Math.cos(theta) : 1 - Math.cos(theta);
    double py = outer ? Math.sin(theta) : 1 - Math.sin(theta) - 0.5;
    return new double[] {2 * px - 1, 2 * py - 0.2};
  }

  private static double kernel(double dx, double dy, double sd) {
    return Math.exp(-(dx * dx + dy * dy) / (2 * sd * sd)) / (2 * Math.PI * sd * sd);
  }
}
