package dev.learninglab.core.compute;

import ai.djl.ndarray.NDList;

/** One batch for {@link TrainingLoop}: inputs, labels, and how many samples it holds. */
public record TrainingBatch(NDList inputs, NDList labels, int size) {}
