package dev.learninglab.core.learn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** One cross-validation fold: indices of the training rows and of the held-out rows. */
public record Split(int[] train, int[] test) {

  /**
   * A plain random hold-out of rows 0..n−1 (not stratified, as {@code train_test_split} without
   * {@code stratify}): the first {@code round(n × testShare)} of a shuffled order are the test
   * rows.
   */
  public static Split randomHoldOut(int n, double testShare, Random random) {
    List<Integer> order = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    Collections.shuffle(order, random);
    int test = (int) Math.round(n * testShare);
    return new Split(
        order.subList(test, n).stream().mapToInt(Integer::intValue).toArray(),
        order.subList(0, test).stream().mapToInt(Integer::intValue).toArray());
  }
}
