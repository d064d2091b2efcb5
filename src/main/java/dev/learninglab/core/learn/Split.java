package dev.learninglab.core.learn;

/** One cross-validation fold: indices of the training rows and of the held-out rows. */
public record Split(int[] train, int[] test) {}
