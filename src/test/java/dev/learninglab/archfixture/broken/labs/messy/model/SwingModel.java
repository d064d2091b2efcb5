package dev.learninglab.archfixture.broken.labs.messy.model;

import javax.swing.JPanel;

/** Breaks headlessness: a model that builds a panel. */
public final class SwingModel {
  final JPanel panel = new JPanel();
}
