package dev.learninglab.labs.pipeline;

import dev.learninglab.core.lab.Lab;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.labs.pipeline.cli.PipelineCommand;
import dev.learninglab.labs.pipeline.view.PipelineView;
import java.util.Optional;
import javax.swing.JComponent;

/** The Pipeline lab: Kedro-style reproducible pipelines, run and watched in a graph view. */
public final class PipelineLab implements Lab {
  @Override
  public String id() {
    return "pipeline";
  }

  @Override
  public String title() {
    return "Pipeline";
  }

  @Override
  public int rank() {
    return 90;
  }

  @Override
  public String summary() {
    return "Build data science as a pipeline of pure functions: run, slice, cache and version it.";
  }

  @Override
  public JComponent createView(LabContext context) {
    return new PipelineView(context);
  }

  @Override
  public Optional<Object> command() {
    return Optional.of(new PipelineCommand());
  }
}
