package dev.learninglab.labs.pipeline.model.catalog;

import dev.learninglab.labs.pipeline.model.PipelineException;

/** A dataset that cannot be configured, loaded or saved. */
public final class DatasetException extends PipelineException {
  public DatasetException(String message) {
    super(message);
  }

  public DatasetException(String message, Throwable cause) {
    super(message, cause);
  }
}
