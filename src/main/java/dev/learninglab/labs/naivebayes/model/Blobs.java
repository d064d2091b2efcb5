package dev.learninglab.labs.naivebayes.model;

import dev.learninglab.core.learn.LabelledData;
import dev.learninglab.core.learn.Matrix;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Isotropic Gaussian blobs like scikit-learn's {@code make_blobs}: {@code n} points split as evenly
 * as possible over the centres (the first {@code n % k} centres get one more), each coordinate
 * drawn from N(centre, std²). Uses Java's generator, so a seed reproduces our own draws, not
 * numpy's; the tutorial's exact 20 points ship as {@code blobs20.csv}.
 */
public final class Blobs {
  /** The tutorial's centres: class 0 at (0,0), 1 at (5,5), 2 at (-5,5). */
  public static final double[][] TUTORIAL_CENTRES = {{0, 0}, {5, 5}, {-5, 5}};

  private Blobs() {}

  public static LabelledData generate(int n, double[][] centres, double std, long seed) {
    if (n < centres.length) {
      throw new IllegalArgumentException(
          "Need at least one point per centre: n=" + n + ", centres=" + centres.length + ".");
    }
    Random random = new Random(seed);
    int d = centres[0].length;
    double[] x = new double[n * d];
    int[] y = new int[n];
    int row = 0;
    for (int c = 0; c < centres.length; c++) {
      int count = n / centres.length + (c < n % centres.length ? 1 : 0);
      for (int i = 0; i < count; i++, row++) {
        for (int j = 0; j < d; j++) {
          x[row * d + j] = centres[c][j] + std * random.nextGaussian();
        }
        y[row] = c;
      }
    }
    List<String> names = IntStream.rangeClosed(1, d).mapToObj(i -> "x" + i).toList();
    return LabelledData.numbered(new Matrix(x, n, d), y, names, "label");
  }
}
