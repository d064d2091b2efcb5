package dev.learninglab.labs.smell.model.gnn;

import dev.learninglab.core.compute.TrainingListener;
import dev.learninglab.core.learn.Split;
import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.smell.model.data.OdourData;
import dev.learninglab.labs.smell.model.eval.BinaryMetrics;
import dev.learninglab.labs.smell.model.graph.MolecularGraph;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The article's own protocol, as its DGL code runs it: one random split (a fifth of the molecules
 * for the test, not stratified), batches of 5 graphs, a GCN of two 16-wide layers averaged over the
 * atoms into the fruity logit, Adam, and the last epoch's network scored once on the test rows by
 * accuracy at 0.5. No epoch is chosen on any held-out rows, as in the article. The majority
 * baseline on the same rows says what that accuracy is worth.
 */
public final class TutorialProtocol {
  /** The article's batch size. */
  public static final int BATCH = 5;

  /** Width and depth of the GCN of the DGL tutorial the article builds on. */
  public static final int HIDDEN = 16;

  public static final int LAYERS = 2;

  /** Its learning rate. */
  public static final float LEARNING_RATE = 0.01f;

  /** The share of molecules held out for the test. */
  public static final double TEST_SHARE = 0.2;

  private TutorialProtocol() {}

  /**
   * What one run of the article's protocol measured.
   *
   * @param accuracyAtHalf test accuracy when a probability of 0.5 or more is called fruity
   * @param majorityAccuracy test accuracy of always answering the commoner class
   * @param rocAuc the test ROC-AUC of the same scores, which no threshold changes
   */
  public record Outcome(
      int train,
      int test,
      int epochs,
      double accuracyAtHalf,
      double majorityAccuracy,
      double rocAuc) {}

  /** Trains on a random four fifths of {@code data}'s fruity label and tests on the rest. */
  public static Outcome run(
      OdourData data,
      int epochs,
      float learningRate,
      int seed,
      TrainingListener listener,
      Progress progress)
      throws Exception {
    OdourData fruity = data.withoutAuxiliary();
    Split split = Split.randomHoldOut(fruity.size(), TEST_SHARE, new Random(seed));
    int[] trainRows = split.train();
    int[] testRows = split.test();
    GnnTraining recipe =
        new GnnTraining(
            new GnnConfig(GnnConfig.Kind.GCN, HIDDEN, LAYERS, 1),
            epochs,
            BATCH,
            learningRate,
            0f,
            seed,
            1);
    int[] y = fruity.column(0);
    int[] yTest = Arrays.stream(testRows).map(r -> y[r]).toArray();
    double[] scores;
    try (GnnEnsemble trained =
        recipe.train(
            new GnnTraining.Inputs(
                fruity.graphs(),
                fruity.trainingTargets(),
                1,
                trainRows,
                new int[0],
                listener,
                progress))) {
      List<MolecularGraph> graphs = Arrays.stream(testRows).mapToObj(fruity.graphs()::get).toList();
      scores = Arrays.stream(trained.probabilities(graphs)).mapToDouble(p -> p[0]).toArray();
    }
    return new Outcome(
        trainRows.length,
        testRows.length,
        epochs,
        BinaryMetrics.confusion(yTest, scores, 0.5).accuracy(),
        BinaryMetrics.majorityAccuracy(yTest),
        BinaryMetrics.rocAuc(yTest, scores));
  }
}
