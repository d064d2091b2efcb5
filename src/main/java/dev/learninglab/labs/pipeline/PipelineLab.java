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
  public String helpHtml() {
    return "<html><body style='width:420px'><h2>Pipeline</h2>"
        + "<p>A project is a set of <b>nodes</b> (pure functions with named inputs and outputs). The running"
        + " order comes from the names alone. The <b>data catalog</b> (conf/base/catalog.yml) says where"
        + " each dataset lives; parameters come from conf/base/parameters*.yml (conf/local overrides).</p>"
        + "<ul><li>Click a node for its description, inputs, outputs and last time; click a dataset for a"
        + " preview and its versions.</li>"
        + "<li>Slice a run with the toggles (from/to nodes, tags); <i>only missing</i> skips what exists;"
        + " <i>cache</i> skips nodes whose code, inputs and parameters did not change.</li>"
        + "<li>Edit a parameter and run again: only the nodes downstream of it run.</li></ul>"
        + "<p>CLI: <code>learning-lab pipeline run --project DIR --json</code></p></body></html>";
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
