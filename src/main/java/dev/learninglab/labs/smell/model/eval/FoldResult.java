package dev.learninglab.labs.smell.model.eval;

/**
 * One test fold's numbers (for several labels: means over the labels present in both classes).
 *
 * @param auroc ROC-AUC
 * @param prauc average precision
 * @param accuracy accuracy at the tuned threshold
 * @param f1 F1 at the tuned threshold
 * @param threshold the threshold tuned for F1 on the validation part (mean over labels)
 * @param accuracyAtHalf accuracy when scores ≥ 0.5 are called positive, as the article reports it
 */
public record FoldResult(
    double auroc,
    double prauc,
    double accuracy,
    double f1,
    double threshold,
    double accuracyAtHalf) {}
