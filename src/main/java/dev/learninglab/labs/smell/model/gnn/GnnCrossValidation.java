package dev.learninglab.labs.smell.model.gnn;

import dev.learninglab.core.compute.TrainingListener;
import dev.learninglab.core.task.Progress;
import dev.learninglab.labs.smell.model.data.OdourData;
import dev.learninglab.labs.smell.model.eval.CrossValidation;
import dev.learninglab.labs.smell.model.eval.CvReport;
import dev.learninglab.labs.smell.model.eval.FoldResult;
import dev.learninglab.labs.smell.model.eval.FoldScores;
import dev.learninglab.labs.smell.model.graph.MolecularGraph;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** Cross-validates a {@link GnnTraining} on the same folds as the fingerprint baseline. */
public final class GnnCrossValidation {
  private GnnCrossValidation() {}

  /** Runs every fold; {@code listener} hears each epoch of each fold. */
  public static CvReport run(
      OdourData data,
      GnnTraining training,
      int folds,
      long seed,
      TrainingListener listener,
      Consumer<FoldResult> afterFold,
      Progress progress)
      throws Exception {
    List<MolecularGraph> graphs = data.graphs();
    float[][] targets = data.trainingTargets();
    return new CrossValidation(data, folds, seed)
        .run(
            (fold, train, validation, test) -> {
              try (GnnEnsemble trained =
                  training.train(
                      new GnnTraining.Inputs(
                          graphs, targets, data.tasks(), train, validation, listener, progress))) {
                return new FoldScores(
                    tasksOnly(trained.probabilities(pick(graphs, validation)), data.tasks()),
                    tasksOnly(trained.probabilities(pick(graphs, test)), data.tasks()));
              }
            },
            afterFold);
  }

  /** Drops the auxiliary labels' columns. */
  private static double[][] tasksOnly(double[][] scores, int tasks) {
    return Arrays.stream(scores).map(row -> Arrays.copyOf(row, tasks)).toArray(double[][]::new);
  }

  private static List<MolecularGraph> pick(List<MolecularGraph> graphs, int[] rows) {
    return Arrays.stream(rows).mapToObj(graphs::get).toList();
  }
}
