package dev.learninglab.archfixture.broken.labs.messy;

/** The fixture lab whose parts break every rule. */
public final class MessyLab {}
