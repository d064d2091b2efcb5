package dev.learninglab.core.learn;

import dev.learninglab.core.random.NumpyRandomState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Stratified k-fold splitting that assigns every row to the same fold as scikit-learn's {@code
 * StratifiedKFold} (version 1.x, {@code _make_test_folds}), which is also what {@code
 * cross_val_score(cv=k)} uses for a classifier: classes are numbered by first appearance, each
 * fold's share of a class is dealt round-robin over the sorted labels, and a class's rows get their
 * fold numbers in blocks, in row order — shuffled per class with NumPy's {@code
 * RandomState(seed).shuffle} when a seed is given.
 *
 * <pre>{@code
 * int[] fold = new StratifiedKFold(5, null).testFolds(y); // StratifiedKFold(5)
 * List<Split> splits = new StratifiedKFold(5, 0L).split(y); // shuffle=True, random_state=0
 * }</pre>
 */
public final class StratifiedKFold {
  private final int splits;
  private final Long seed;

  /**
   * @param seed {@code null} for no shuffling, else the {@code random_state} integer
   */
  public StratifiedKFold(int splits, Long seed) {
    if (splits < 2) {
      throw new IllegalArgumentException("Stratified k-fold needs at least 2 folds, got " + splits);
    }
    this.splits = splits;
    this.seed = seed;
  }

  /** The fold (0..k−1) in which each row is held out. */
  public int[] testFolds(int[] y) {
    if (splits > y.length) {
      throw new IllegalArgumentException(
          "Cannot make " + splits + " folds from " + y.length + " rows");
    }
    int[] encoded = encodeByFirstAppearance(y);
    int classes = Arrays.stream(encoded).max().orElse(-1) + 1;
    int[] counts = new int[classes];
    for (int e : encoded) {
      counts[e]++;
    }
    if (Arrays.stream(counts).allMatch(c -> c < splits)) {
      throw new IllegalArgumentException(
          "Cannot make "
              + splits
              + " stratified folds: every class has fewer than "
              + splits
              + " rows (the largest has "
              + Arrays.stream(counts).max().orElse(0)
              + ")");
    }
    int[] sorted = encoded.clone();
    Arrays.sort(sorted);
    // allocation[f][c]: how many rows of class c fold f holds out (every k-th sorted label)
    int[][] allocation = new int[splits][classes];
    for (int i = 0; i < sorted.length; i++) {
      allocation[i % splits][sorted[i]]++;
    }
    // one generator for all classes, drawn class by class, as scikit-learn does
    NumpyRandomState rng = seed == null ? null : new NumpyRandomState(seed);
    int[] folds = new int[y.length];
    for (int k = 0; k < classes; k++) {
      int[] forClass = new int[counts[k]];
      int pos = 0;
      for (int f = 0; f < splits; f++) {
        for (int a = 0; a < allocation[f][k]; a++) {
          forClass[pos++] = f;
        }
      }
      if (rng != null) {
        rng.shuffle(forClass);
      }
      pos = 0;
      for (int i = 0; i < y.length; i++) {
        if (encoded[i] == k) {
          folds[i] = forClass[pos++];
        }
      }
    }
    return folds;
  }

  /** The k splits in fold order; indices ascending within each, as scikit-learn yields them. */
  public List<Split> split(int[] y) {
    int[] folds = testFolds(y);
    List<Split> out = new ArrayList<>(splits);
    for (int f = 0; f < splits; f++) {
      int fold = f;
      int[] test = IntStream.range(0, y.length).filter(i -> folds[i] == fold).toArray();
      int[] train = IntStream.range(0, y.length).filter(i -> folds[i] != fold).toArray();
      out.add(new Split(train, test));
    }
    return out;
  }

  /** Renumbers labels 0, 1, … in the order they first appear. */
  private static int[] encodeByFirstAppearance(int[] y) {
    Map<Integer, Integer> code = new LinkedHashMap<>();
    int[] out = new int[y.length];
    for (int i = 0; i < y.length; i++) {
      out[i] = code.computeIfAbsent(y[i], k -> code.size());
    }
    return out;
  }
}
