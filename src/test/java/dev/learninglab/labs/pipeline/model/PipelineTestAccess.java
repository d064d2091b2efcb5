package dev.learninglab.labs.pipeline.model;

/** Lets tests of other packages reuse the Kedro-docs pipeline of {@link PipelineTest}. */
public final class PipelineTestAccess {
  private PipelineTestAccess() {}

  public static Pipeline kedroDocs() {
    return PipelineTest.kedroDocs();
  }
}
