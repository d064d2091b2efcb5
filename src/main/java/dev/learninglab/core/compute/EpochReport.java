package dev.learninglab.core.compute;

/**
 * What one epoch achieved: mean training loss, the validation score (higher is better; NaN
 * without a validator), whether it is the best so far (and so was checkpointed), samples per
 * second and the epoch's wall time.
 */
public record EpochReport(
    int epoch,
    int epochs,
    double trainLoss,
    double validation,
    boolean best,
    double samplesPerSecond,
    double seconds) {}
