package dev.learninglab.labs.smell.model.eval;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Ranking and threshold metrics for one binary label, defined as scikit-learn defines them: ROC-AUC
 * with tied scores counted half ({@code roc_auc_score}) and PR-AUC as average precision ({@code
 * average_precision_score}: precision summed over the recall steps, no interpolation).
 */
public final class BinaryMetrics {
  private BinaryMetrics() {}

  /** ROC-AUC; NaN when only one class is present. */
  public static double rocAuc(int[] y, double[] score) {
    int n = y.length;
    Integer[] order = sortedAscending(score);
    double[] ranks = new double[n];
    for (int i = 0; i < n; ) {
      int j = i;
      while (j + 1 < n && score[order[j + 1]] == score[order[i]]) {
        j++;
      }
      double rank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        ranks[order[k]] = rank;
      }
      i = j + 1;
    }
    long positives = Arrays.stream(y).filter(v -> v == 1).count();
    long negatives = n - positives;
    if (positives == 0 || negatives == 0) {
      return Double.NaN;
    }
    double rankSum = 0;
    for (int i = 0; i < n; i++) {
      if (y[i] == 1) {
        rankSum += ranks[i];
      }
    }
    return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
  }

  /** Average precision; NaN without positives. */
  public static double averagePrecision(int[] y, double[] score) {
    Integer[] order = sortedAscending(score);
    long positives = Arrays.stream(y).filter(v -> v == 1).count();
    if (positives == 0) {
      return Double.NaN;
    }
    double ap = 0;
    int tp = 0;
    int seen = 0;
    double previousRecall = 0;
    for (int i = order.length - 1; i >= 0; ) {
      int j = i;
      while (j - 1 >= 0 && score[order[j - 1]] == score[order[i]]) {
        j--;
      }
      for (int k = j; k <= i; k++) {
        tp += y[order[k]];
        seen++;
      }
      double recall = tp / (double) positives;
      double precision = tp / (double) seen;
      ap += (recall - previousRecall) * precision;
      previousRecall = recall;
      i = j - 1;
    }
    return ap;
  }

  /** The confusion counts when scores ≥ threshold are called positive. */
  public static Confusion confusion(int[] y, double[] score, double threshold) {
    int tp = 0;
    int fp = 0;
    int tn = 0;
    int fn = 0;
    for (int i = 0; i < y.length; i++) {
      boolean called = score[i] >= threshold;
      if (called && y[i] == 1) {
        tp++;
      } else if (called) {
        fp++;
      } else if (y[i] == 1) {
        fn++;
      } else {
        tn++;
      }
    }
    return new Confusion(tp, fp, tn, fn);
  }

  /** The threshold (one of the scores) that gives the best F1 on these labels. */
  public static double bestF1Threshold(int[] y, double[] score) {
    double best = -1;
    double threshold = 0.5;
    double[] candidates = Arrays.stream(score).distinct().sorted().toArray();
    for (double t : candidates) {
      double f1 = confusion(y, score, t).f1();
      if (f1 > best) {
        best = f1;
        threshold = t;
      }
    }
    return threshold;
  }

  /**
   * The ROC curve: false- and true-positive rates as the threshold falls through each distinct
   * score, from (0, 0) to (1, 1). Its trapezoid area is {@link #rocAuc}.
   */
  public static double[][] rocCurve(int[] y, double[] score) {
    Integer[] order = sortedAscending(score);
    long positives = Arrays.stream(y).filter(v -> v == 1).count();
    long negatives = y.length - positives;
    java.util.List<double[]> points = new java.util.ArrayList<>();
    points.add(new double[] {0, 0});
    int tp = 0;
    int fp = 0;
    for (int i = order.length - 1; i >= 0; ) {
      int j = i;
      while (j - 1 >= 0 && score[order[j - 1]] == score[order[i]]) {
        j--;
      }
      for (int k = j; k <= i; k++) {
        if (y[order[k]] == 1) {
          tp++;
        } else {
          fp++;
        }
      }
      points.add(new double[] {fp / (double) negatives, tp / (double) positives});
      i = j - 1;
    }
    return new double[][] {
      points.stream().mapToDouble(p -> p[0]).toArray(),
      points.stream().mapToDouble(p -> p[1]).toArray()
    };
  }

  /** Accuracy of always answering the more frequent class. */
  public static double majorityAccuracy(int[] y) {
    long positives = Arrays.stream(y).filter(v -> v == 1).count();
    return Math.max(positives, y.length - positives) / (double) y.length;
  }

  private static Integer[] sortedAscending(double[] score) {
    Integer[] order = new Integer[score.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> score[i]));
    return order;
  }
}
