package dev.learninglab.labs.smell;

import dev.learninglab.core.lab.Lab;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.labs.smell.cli.SmellCommand;
import dev.learninglab.labs.smell.view.SmellView;
import java.util.Optional;
import javax.swing.JComponent;

/**
 * Learning to Smell: molecules as graphs (CDK, ogb's features), a graph network, honest metrics.
 */
public final class SmellLab implements Lab {
  @Override
  public String id() {
    return "smell";
  }

  @Override
  public String title() {
    return "Smell";
  }

  @Override
  public int rank() {
    return 70;
  }

  @Override
  public String summary() {
    return "Molecules as graphs: ogb's atom features with CDK, a graph network that smells, and"
        + " metrics that beat 'never fruity'.";
  }

  @Override
  public JComponent createView(LabContext context) {
    return new SmellView(context);
  }

  @Override
  public Optional<Object> command() {
    return Optional.of(new SmellCommand());
  }
}
