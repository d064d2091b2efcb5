package dev.learninglab.labs.pipeline.model.run;

import dev.learninglab.labs.pipeline.model.Slice;

/**
 * How to run: which part of the pipeline, on how many threads, and what may be skipped.
 *
 * @param threads 1 for the sequential runner, more for the parallel one
 * @param onlyMissingOutputs skip nodes whose persisted outputs all exist (and are not needed fresh)
 * @param useCache skip nodes whose fingerprint (code version, inputs, parameters) is unchanged
 */
public record RunOptions(Slice slice, int threads, boolean onlyMissingOutputs, boolean useCache) {
  public RunOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
  }

  public static RunOptions sequential() {
    return new RunOptions(Slice.all(), 1, false, false);
  }

  public static RunOptions parallel() {
    return new RunOptions(
        Slice.all(), Math.max(2, Runtime.getRuntime().availableProcessors()), false, false);
  }

  public RunOptions withSlice(Slice s) {
    return new RunOptions(s, threads, onlyMissingOutputs, useCache);
  }

  public RunOptions withOnlyMissingOutputs(boolean on) {
    return new RunOptions(slice, threads, on, useCache);
  }

  public RunOptions withCache(boolean on) {
    return new RunOptions(slice, threads, onlyMissingOutputs, on);
  }
}
