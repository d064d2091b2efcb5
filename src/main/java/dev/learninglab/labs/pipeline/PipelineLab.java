package dev.learninglab.labs.pipeline;

import static dev.learninglab.labs.pipeline.model.PipelineTexts.T;

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
    return T.get("pipeline.title");
  }

  @Override
  public int rank() {
    return 90;
  }

  @Override
  public String summary() {
    return T.get("pipeline.summary");
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
