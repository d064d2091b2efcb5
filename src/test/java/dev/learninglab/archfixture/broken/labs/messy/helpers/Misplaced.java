package dev.learninglab.archfixture.broken.labs.messy.helpers;

/** Breaks the shape: a package that is none of model, view, cli, io. */
public final class Misplaced {}
