package dev.learninglab.archfixture.broken.labs.other.model;

import dev.learninglab.archfixture.broken.labs.messy.model.SwingModel;

/** Breaks independence: one lab using another. */
public final class Borrower {
  final SwingModel borrowed = new SwingModel();
}
