package dev.learninglab.core.compute;

import java.util.List;

/**
 * The history of a {@link TrainingLoop#run}, the best validation score it reached in which epoch,
 * and why it stopped (completed, out of time or early; a cancelled or diverged run throws instead).
 */
public record TrainingResult(
    List<EpochReport> epochs, double bestValidation, int bestEpoch, StopReason stopped) {}
