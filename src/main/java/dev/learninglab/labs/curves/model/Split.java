package dev.learninglab.labs.curves.model;

/** One cross-validation fold: indices of the training rows and of the held-out rows. */
public record Split(int[] train, int[] test) {}
