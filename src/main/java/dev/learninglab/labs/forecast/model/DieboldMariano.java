package dev.learninglab.labs.forecast.model;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The Diebold–Mariano test of equal accuracy of two one-step forecasts under squared error: d_t =
 * e1_t² − e2_t², DM = mean(d) / √(γ₀/n) with γ₀ the variance of d (one step ahead needs no
 * autocovariance terms), two-sided p from the standard normal. Negative DM: the first forecast's
 * errors are smaller.
 */
public record DieboldMariano(double statistic, double p) {

  public static DieboldMariano test(double[] first, double[] second, double[] truth) {
    int n = truth.length;
    double[] d = new double[n];
    double mean = 0;
    for (int t = 0; t < n; t++) {
      double e1 = first[t] - truth[t];
      double e2 = second[t] - truth[t];
      d[t] = e1 * e1 - e2 * e2;
      mean += d[t];
    }
    mean /= n;
    double gamma0 = 0;
    for (double v : d) {
      gamma0 += (v - mean) * (v - mean);
    }
    gamma0 /= n;
    if (gamma0 == 0) {
      return new DieboldMariano(0, 1); // identical forecasts: no evidence either way
    }
    double statistic = mean / Math.sqrt(gamma0 / n);
    double p = 2 * new NormalDistribution().cumulativeProbability(-Math.abs(statistic));
    return new DieboldMariano(statistic, p);
  }
}
