package dev.learninglab.archfixture.broken.shell;

/** The fixture's shell. */
public final class Window {}
