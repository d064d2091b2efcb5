package dev.learninglab.labs.pipeline.model;

/** A pipeline that cannot be built, sliced, configured or run, with a message saying why. */
public class PipelineException extends RuntimeException {
  public PipelineException(String message) {
    super(message);
  }

  public PipelineException(String message, Throwable cause) {
    super(message, cause);
  }
}
