package dev.learninglab.archfixture.broken.labs.messy.view;

/** A view, to be misused. */
public final class MessyView {}
