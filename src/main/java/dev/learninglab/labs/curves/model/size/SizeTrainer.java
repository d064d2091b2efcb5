package dev.learninglab.labs.curves.model.size;

import dev.learninglab.core.task.Progress;

/** Trains a fresh model on the first {@code size} pool images with one seed and measures it. */
@FunctionalInterface
public interface SizeTrainer {
  SizePoint train(TrainTest data, int size, int seed, Progress progress) throws Exception;
}
