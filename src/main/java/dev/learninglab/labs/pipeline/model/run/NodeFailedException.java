package dev.learninglab.labs.pipeline.model.run;

import dev.learninglab.labs.pipeline.model.PipelineException;

/** A node's function or one of its loads/saves threw; the message names the node and its inputs. */
public final class NodeFailedException extends PipelineException {
  private final String node;

  public NodeFailedException(String message, String node, Throwable cause) {
    super(message, cause);
    this.node = node;
  }

  public String node() {
    return node;
  }
}
