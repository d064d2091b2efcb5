package dev.learninglab.archfixture.broken.labs.messy;

/** Breaks the shape: a class beside the lab's façade. */
public final class StrayHelper {}
