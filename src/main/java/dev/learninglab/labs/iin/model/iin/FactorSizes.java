package dev.learninglab.labs.iin.model.iin;

import dev.learninglab.labs.iin.model.ae.Autoencoder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * How many of the code's dimensions each factor deserves, estimated as the IIN paper does (its
 * {@code DimEvaluator}): for pairs sharing factor k, the correlation of the two codes, summed over
 * the dimensions, is a score s_k of how much of the code that factor explains; the residual scores
 * D. Each factor then gets ⌊D · s_k / (D + Σ s)⌋ dimensions (at least one) and the residual the
 * rest.
 */
public final class FactorSizes {
  public static final int PAIRS = 8_000;

  private FactorSizes() {}

  /** Per factor name, its score s_k. */
  public static Map<String, Double> scores(PairCodes codes, long seed) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (int f = 0; f < PairCodes.FACTORS.size(); f++) {
      out.put(PairCodes.FACTORS.get(f), score(codes, f + 1, new Random(seed + f)));
    }
    return out;
  }

  /** The layout the scores give for a code of {@code dim} dimensions. */
  public static FactorLayout layout(Map<String, Double> scores, int dim) {
    double total = dim;
    for (double s : scores.values()) {
      total += Math.max(0, s);
    }
    int[] sizes = new int[scores.size() + 1];
    int used = 0;
    int k = 1;
    for (double s : scores.values()) {
      sizes[k] = Math.max(1, (int) Math.floor(dim * Math.max(0, s) / total));
      used += sizes[k++];
    }
    sizes[0] = dim - used;
    return new FactorLayout(scores.keySet().stream().toList(), sizes);
  }

  private static double score(PairCodes codes, int factor, Random random) {
    int d = Autoencoder.CODE;
    float[] a = new float[PAIRS * d];
    float[] b = new float[PAIRS * d];
    for (int p = 0; p < PAIRS; p++) {
      int[] pair = codes.pair(factor, random);
      codes.code(pair[0], pair[1], a, p * d);
      codes.code(pair[2], pair[3], b, p * d);
    }
    double sum = 0;
    for (int j = 0; j < d; j++) {
      sum += correlation(a, b, j, d);
    }
    return sum;
  }

  private static double correlation(float[] a, float[] b, int j, int d) {
    int n = a.length / d;
    double ma = 0;
    double mb = 0;
    for (int i = 0; i < n; i++) {
      ma += a[i * d + j];
      mb += b[i * d + j];
    }
    ma /= n;
    mb /= n;
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (int i = 0; i < n; i++) {
      double x = a[i * d + j] - ma;
      double y = b[i * d + j] - mb;
      sab += x * y;
      saa += x * x;
      sbb += y * y;
    }
    return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : 0;
  }
}
