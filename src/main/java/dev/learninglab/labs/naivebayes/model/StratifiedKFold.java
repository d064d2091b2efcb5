package dev.learninglab.labs.naivebayes.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Splits samples into k folds that each keep the class proportions, without shuffling, exactly as
 * scikit-learn's {@code StratifiedKFold(n_splits=k)} (what {@code cross_val_score(cv=k)} uses for a
 * classifier): labels are sorted by order of first appearance, dealt round-robin into the folds,
 * and each class's rows fill its fold slots in their original order.
 */
public final class StratifiedKFold {
  private StratifiedKFold() {}

  /** The test fold (0..k-1) of every sample. */
  public static int[] testFolds(int[] y, int k) {
    if (k < 2) {
      throw new IllegalArgumentException("k-fold cross-validation needs k >= 2, got " + k + ".");
    }
    if (k > y.length) {
      throw new IllegalArgumentException(
          "Cannot have number of splits k="
              + k
              + " greater than the number of samples: "
              + y.length
              + ".");
    }
    // classes numbered by order of first appearance, as sklearn encodes them
    Map<Integer, Integer> code = new LinkedHashMap<>();
    for (int label : y) {
      code.putIfAbsent(label, code.size());
    }
    int classes = code.size();
    int[] encoded = Arrays.stream(y).map(code::get).toArray();
    int[] counts = new int[classes];
    for (int e : encoded) {
      counts[e]++;
    }
    if (Arrays.stream(counts).allMatch(n -> n < k)) {
      throw new IllegalArgumentException(
          "k="
              + k
              + " cannot be greater than the number of members in each class (largest class"
              + " has "
              + Arrays.stream(counts).max().getAsInt()
              + ").");
    }
    int[] sorted = encoded.clone();
    Arrays.sort(sorted);
    // allocation[f][c]: how many samples of class c fold f receives (every k-th sorted label)
    int[][] allocation = new int[k][classes];
    for (int i = 0; i < sorted.length; i++) {
      allocation[i % k][sorted[i]]++;
    }
    int[] folds = new int[y.length];
    int[] fold = new int[classes];
    int[] usedInFold = new int[classes];
    for (int i = 0; i < y.length; i++) {
      int c = encoded[i];
      while (usedInFold[c] == allocation[fold[c]][c]) {
        fold[c]++;
        usedInFold[c] = 0;
      }
      folds[i] = fold[c];
      usedInFold[c]++;
    }
    return folds;
  }
}
