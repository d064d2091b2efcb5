package dev.learninglab.labs.pipeline.model.run;

import static dev.learninglab.labs.pipeline.model.PipelineTexts.T;

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

  /** The status in the current language, as the view and the command line's text show it. */
  public String text() {
    return switch (this) {
      case PENDING -> T.get("pipeline.status.pending");
      case RUNNING -> T.get("pipeline.status.running");
      case DONE -> T.get("pipeline.status.done");
      case SKIPPED -> T.get("pipeline.status.skipped");
      case CACHED -> T.get("pipeline.status.cached");
      case FAILED -> T.get("pipeline.status.failed");
    };
  }

  /** The lower-case name the JSON and the run files keep. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public boolean finished() {
    return this == DONE || this == SKIPPED || this == CACHED;
  }
}
