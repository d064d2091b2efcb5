package dev.learninglab.labs.smell.model.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * K folds with the two classes of a binary label (1 against everything else) spread evenly over
 * them, so the 20 % fruity share holds in every test fold: each class is shuffled with {@code
 * java.util.Random(seed)}, then the negatives and after them the positives are dealt round-robin
 * into the folds, the deal carrying on from one class to the next. For multi-label data, stratify
 * on one column (the rarest labels cannot all be balanced at once) or on none.
 *
 * <p>This is not scikit-learn's {@code StratifiedKFold} ({@link
 * dev.learninglab.core.learn.StratifiedKFold}), which gives each class its folds in blocks and
 * shuffles with NumPy's generator: switching to it would move molecules between folds and so change
 * every cross-validated number the smell lab has published, which is why it stays.
 */
public final class BinaryRoundRobinFolds {
  private final int[] foldOf;
  private final int k;

  private BinaryRoundRobinFolds(int[] foldOf, int k) {
    this.foldOf = foldOf;
    this.k = k;
  }

  /** Deals the indices of each class round-robin into {@code k} folds after a seeded shuffle. */
  public static BinaryRoundRobinFolds of(int[] classes, int k, long seed) {
    if (k < 2 || k > classes.length) {
      throw new IllegalArgumentException(
          "folds must be between 2 and the number of molecules (" + classes.length + "), got " + k);
    }
    Random random = new Random(seed);
    int[] foldOf = new int[classes.length];
    int next = 0;
    for (int c : new int[] {0, 1}) {
      List<Integer> members = new ArrayList<>();
      for (int i = 0; i < classes.length; i++) {
        if ((classes[i] == 1) == (c == 1)) {
          members.add(i);
        }
      }
      Collections.shuffle(members, random);
      for (int index : members) {
        foldOf[index] = next;
        next = (next + 1) % k;
      }
    }
    return new BinaryRoundRobinFolds(foldOf, k);
  }

  public int count() {
    return k;
  }

  /** Indices in the test part of fold {@code f}. */
  public int[] test(int f) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < foldOf.length; i++) {
      if (foldOf[i] == f) {
        out.add(i);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Indices used for training in fold {@code f} (everything outside its test part). */
  public int[] train(int f) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < foldOf.length; i++) {
      if (foldOf[i] != f) {
        out.add(i);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }
}
