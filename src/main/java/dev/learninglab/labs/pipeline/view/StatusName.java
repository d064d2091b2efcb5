package dev.learninglab.labs.pipeline.view;

import static dev.learninglab.labs.pipeline.model.PipelineTexts.T;

import dev.learninglab.labs.pipeline.model.run.NodeStatus;

/** A node status as the view words it (the CLI and the run files keep the lower-case names). */
final class StatusName {
  private StatusName() {}

  static String of(NodeStatus s) {
    return switch (s) {
      case PENDING -> T.get("pipeline.status.pending");
      case RUNNING -> T.get("pipeline.status.running");
      case DONE -> T.get("pipeline.status.done");
      case SKIPPED -> T.get("pipeline.status.skipped");
      case CACHED -> T.get("pipeline.status.cached");
      case FAILED -> T.get("pipeline.status.failed");
    };
  }
}
