package dev.learninglab.core.compute;

import java.util.List;

/** The history of a {@link TrainingLoop#run} and the best validation score it reached. */
public record TrainingResult(List<EpochReport> epochs, double bestValidation, int bestEpoch) {}
