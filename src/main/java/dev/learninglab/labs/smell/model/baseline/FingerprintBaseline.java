package dev.learninglab.labs.smell.model.baseline;

import dev.learninglab.labs.smell.model.data.OdourData;
import dev.learninglab.labs.smell.model.eval.CrossValidation;
import dev.learninglab.labs.smell.model.eval.CvReport;
import dev.learninglab.labs.smell.model.eval.FoldResult;
import dev.learninglab.labs.smell.model.eval.FoldScores;
import dev.learninglab.labs.smell.model.graph.MolecularGraph;
import java.util.function.Consumer;

/**
 * The lab's yardstick: ECFP4 bits + logistic regression, on the same folds as the graph network.
 */
public final class FingerprintBaseline {
  static final int ITERATIONS = 150;

  private FingerprintBaseline() {}

  /** Cross-validates the baseline. */
  public static CvReport crossValidate(
      OdourData data, int folds, long seed, Consumer<FoldResult> afterFold) throws Exception {
    int[][] bits = EcfpFingerprints.of(data.graphs().stream().map(MolecularGraph::smiles).toList());
    return new CrossValidation(data, folds, seed)
        .run(
            (fold, train, validation, test) -> {
              SparseLogisticRegression model =
                  new SparseLogisticRegression(EcfpFingerprints.BITS, data.tasks())
                      .fit(bits, data.labels(), train, ITERATIONS);
              return new FoldScores(
                  model.probabilities(bits, validation), model.probabilities(bits, test));
            },
            afterFold);
  }
}
