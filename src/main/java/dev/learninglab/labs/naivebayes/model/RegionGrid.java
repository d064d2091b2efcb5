package dev.learninglab.labs.naivebayes.model;

import dev.learninglab.core.learn.Matrix;
import java.util.Arrays;

/**
 * The decision regions of a two-feature model sampled on an {@code nx} by {@code ny} grid: for
 * every grid point the winning class position and its probability. Row {@code r} of the grid is
 * {@code y = yMin + r * (yMax - yMin) / (ny - 1)}, stored row after row.
 *
 * @param winner class position (index into {@code classes()}) per grid point, or -1 where the
 *     probabilities are undefined (the linear-space way's 0/0)
 * @param confidence the winner's probability per grid point (NaN where undefined)
 */
public record RegionGrid(
    double xMin,
    double xMax,
    double yMin,
    double yMax,
    int nx,
    int ny,
    int[] winner,
    double[] confidence) {

  /** The grid's sample points, row-major as an (nx*ny) x 2 matrix. */
  public static Matrix points(double xMin, double xMax, double yMin, double yMax, int nx, int ny) {
    double[] xs = linspace(xMin, xMax, nx);
    double[] ys = linspace(yMin, yMax, ny);
    double[] p = new double[nx * ny * 2];
    for (int r = 0; r < ny; r++) {
      for (int c = 0; c < nx; c++) {
        int at = (r * nx + c) * 2;
        p[at] = xs[c];
        p[at + 1] = ys[r];
      }
    }
    return new Matrix(p, nx * ny, 2);
  }

  /** numpy's linspace to the bit: i * step + start, and the end point exactly. */
  static double[] linspace(double start, double stop, int num) {
    double[] out = new double[num];
    double step = (stop - start) / (num - 1);
    for (int i = 0; i < num; i++) {
      out[i] = i * step + start;
    }
    out[num - 1] = stop;
    return out;
  }

  /** Evaluates {@code model} on the grid, in log space or the tutorial's linear space. */
  public static RegionGrid of(
      GaussianNaiveBayes model,
      double xMin,
      double xMax,
      double yMin,
      double yMax,
      int nx,
      int ny,
      boolean linearSpace) {
    Matrix grid = points(xMin, xMax, yMin, yMax, nx, ny);
    Matrix proba =
        linearSpace ? LinearSpaceNaiveBayes.predictProba(model, grid) : model.predictProba(grid);
    int k = proba.cols();
    int[] winner = new int[grid.rows()];
    double[] confidence = new double[grid.rows()];
    for (int i = 0; i < grid.rows(); i++) {
      int best = -1;
      double bestP = Double.NaN;
      for (int c = 0; c < k; c++) {
        double p = proba.get(i, c);
        if (!Double.isNaN(p) && (best < 0 || p > bestP)) {
          best = c;
          bestP = p;
        }
      }
      winner[i] = best;
      confidence[i] = bestP;
    }
    return new RegionGrid(xMin, xMax, yMin, yMax, nx, ny, winner, confidence);
  }

  /** How many grid points have no defined answer. */
  public long undefinedCount() {
    return Arrays.stream(winner).filter(w -> w < 0).count();
  }
}
