package dev.learninglab.labs.naivebayes.model;

/** The normal density, written as in the tutorial: 1/sqrt(2 pi s²) exp(-((x-m)/s)²/2). */
public final class NormalDensity {
  private NormalDensity() {}

  public static double pdf(double x, double mean, double std) {
    double z = (x - mean) / std;
    return 1 / Math.sqrt(2 * Math.PI * std * std) * Math.exp(-0.5 * z * z);
  }
}
