package dev.learninglab.labs.curves.model.size;

import dev.learninglab.core.data.ImageSet;

/** A pool to draw training sets of growing size from, and a fixed test set. */
public record TrainTest(String dataset, ImageSet pool, ImageSet test) {}
