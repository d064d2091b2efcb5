package dev.learninglab.archfixture.broken.core.compute;

import dev.learninglab.archfixture.broken.labs.other.model.Borrower;

/** Breaks the layering: core that knows a lab, and touches AWT. */
public final class Upward {
  final Borrower borrower = new Borrower();
  final java.awt.Point point = new java.awt.Point();
}
