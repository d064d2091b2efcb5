package dev.learninglab.labs.smell.model.eval;

import dev.learninglab.labs.smell.model.data.OdourData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * K-fold cross-validation with a seed, stratified on the first label. Inside each fold, a tenth of
 * the training part (stratified the same way) is held out for early stopping and to tune the F1
 * threshold, so the test fold is never looked at before it is measured.
 */
public final class CrossValidation {
  private final OdourData data;
  private final int folds;
  private final long seed;

  public CrossValidation(OdourData data, int folds, long seed) {
    this.data = data;
    this.folds = folds;
    this.seed = seed;
  }

  /** Runs the learner on every fold (calls {@code afterFold} with each result as it comes). */
  public CvReport run(FoldLearner learner, java.util.function.Consumer<FoldResult> afterFold)
      throws Exception {
    int[] strata = data.column(0);
    BinaryRoundRobinFolds split = BinaryRoundRobinFolds.of(strata, folds, seed);
    List<FoldResult> results = new ArrayList<>();
    double[] labelAurocSum = new double[data.tasks()];
    int[] labelAurocCount = new int[data.tasks()];
    double majority = 0;
    double[][] outOfFold = new double[data.size()][];
    for (int f = 0; f < folds; f++) {
      int[] trainAll = split.train(f);
      int[][] parts = holdOut(trainAll, strata, new Random(seed * 31 + f));
      int[] test = split.test(f);
      FoldScores scores = learner.run(f, parts[0], parts[1], test);
      for (int i = 0; i < test.length; i++) {
        outOfFold[test[i]] = scores.test()[i];
      }
      FoldResult result = score(parts[1], scores.validation(), test, scores.test());
      for (int t = 0; t < data.tasks(); t++) {
        double auc = BinaryMetrics.rocAuc(column(test, t), column(scores.test(), t));
        if (!Double.isNaN(auc)) {
          labelAurocSum[t] += auc;
          labelAurocCount[t]++;
        }
      }
      majority += BinaryMetrics.majorityAccuracy(column(test, 0)) / folds;
      results.add(result);
      afterFold.accept(result);
    }
    double[] labelAuroc = new double[data.tasks()];
    for (int t = 0; t < labelAuroc.length; t++) {
      labelAuroc[t] = labelAurocCount[t] == 0 ? Double.NaN : labelAurocSum[t] / labelAurocCount[t];
    }
    return new CvReport(
        List.copyOf(results), mean(results), majority, data.taskNames(), labelAuroc, outOfFold);
  }

  /** The training part split 90/10, stratified on {@code strata}. */
  public static int[][] holdOut(int[] indices, int[] strata, Random random) {
    List<Integer> train = new ArrayList<>();
    List<Integer> validation = new ArrayList<>();
    for (int c : new int[] {0, 1}) {
      List<Integer> members = new ArrayList<>();
      for (int i : indices) {
        if (strata[i] == c) {
          members.add(i);
        }
      }
      java.util.Collections.shuffle(members, random);
      int held = Math.max(1, members.size() / 10);
      validation.addAll(members.subList(0, Math.min(held, members.size())));
      train.addAll(members.subList(Math.min(held, members.size()), members.size()));
    }
    return new int[][] {
      train.stream().mapToInt(Integer::intValue).sorted().toArray(),
      validation.stream().mapToInt(Integer::intValue).sorted().toArray()
    };
  }

  private FoldResult score(
      int[] validation, double[][] valScores, int[] test, double[][] testScores) {
    double auroc = 0;
    double prauc = 0;
    double accuracy = 0;
    double f1 = 0;
    double threshold = 0;
    double accuracyAtHalf = 0;
    int counted = 0;
    for (int t = 0; t < data.tasks(); t++) {
      int[] yTest = column(test, t);
      double[] sTest = column(testScores, t);
      double auc = BinaryMetrics.rocAuc(yTest, sTest);
      if (Double.isNaN(auc)) {
        continue; // a label with one class in this fold has no ranking to judge
      }
      double tuned = BinaryMetrics.bestF1Threshold(column(validation, t), column(valScores, t));
      Confusion c = BinaryMetrics.confusion(yTest, sTest, tuned);
      auroc += auc;
      prauc += BinaryMetrics.averagePrecision(yTest, sTest);
      accuracy += c.accuracy();
      f1 += c.f1();
      threshold += tuned;
      accuracyAtHalf += BinaryMetrics.confusion(yTest, sTest, 0.5).accuracy();
      counted++;
    }
    return new FoldResult(
        auroc / counted,
        prauc / counted,
        accuracy / counted,
        f1 / counted,
        threshold / counted,
        accuracyAtHalf / counted);
  }

  private int[] column(int[] rows, int task) {
    return Arrays.stream(rows).map(i -> data.labels()[i][task] > 0.5f ? 1 : 0).toArray();
  }

  private static double[] column(double[][] scores, int task) {
    return Arrays.stream(scores).mapToDouble(row -> row[task]).toArray();
  }

  private static FoldResult mean(List<FoldResult> results) {
    double n = results.size();
    return new FoldResult(
        results.stream().mapToDouble(FoldResult::auroc).sum() / n,
        results.stream().mapToDouble(FoldResult::prauc).sum() / n,
        results.stream().mapToDouble(FoldResult::accuracy).sum() / n,
        results.stream().mapToDouble(FoldResult::f1).sum() / n,
        results.stream().mapToDouble(FoldResult::threshold).sum() / n,
        results.stream().mapToDouble(FoldResult::accuracyAtHalf).sum() / n);
  }
}
