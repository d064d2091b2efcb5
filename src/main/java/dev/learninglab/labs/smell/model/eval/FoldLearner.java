package dev.learninglab.labs.smell.model.eval;

/** Trains on one fold's training part (early-stopping on its validation part) and scores. */
@FunctionalInterface
public interface FoldLearner {
  FoldScores run(int fold, int[] train, int[] validation, int[] test) throws Exception;
}
