package dev.learninglab.archfixture.broken.labs.messy.probe;

import dev.learninglab.core.lab.LayoutException;

/** Outside the shape, but excused with a reason: the shape rule lets it pass. */
@LayoutException("a fixture standing for gauntlet's probe")
public final class Excused {}
