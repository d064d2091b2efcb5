package dev.learninglab.labs.pipeline.model.run;

/** Where a node is in a run. */
public enum NodeStatus {
  PENDING,
  RUNNING,
  DONE,
  /** Not run: sliced out, or its outputs already exist under only-missing-outputs. */
  SKIPPED,
  /** Not run: code version, inputs and parameters match the fingerprints beside its outputs. */
  CACHED,
  FAILED;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public boolean finished() {
    return this == DONE || this == SKIPPED || this == CACHED;
  }
}
