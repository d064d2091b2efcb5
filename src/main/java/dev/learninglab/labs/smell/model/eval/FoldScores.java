package dev.learninglab.labs.smell.model.eval;

/**
 * What one fold's model says: probabilities for the validation part (to tune thresholds on) and for
 * the test part (to measure), molecules × tasks.
 */
public record FoldScores(double[][] validation, double[][] test) {}
