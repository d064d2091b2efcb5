package dev.learninglab.labs.smell.model.eval;

import java.util.List;

/**
 * A cross-validation run: per-fold numbers, their mean, the majority baseline's accuracy, and the
 * per-label ROC-AUC averaged over folds (one entry for fruity, 138 for GS-LF), and every molecule's
 * out-of-fold probabilities (predicted by the fold that held it out) for thresholds and ROC curves.
 */
public record CvReport(
    List<FoldResult> folds,
    FoldResult mean,
    double majorityAccuracy,
    List<String> taskNames,
    double[] labelAuroc,
    double[][] outOfFold) {}
