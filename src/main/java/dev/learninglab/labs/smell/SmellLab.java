package dev.learninglab.labs.smell;

import static dev.learninglab.labs.smell.model.SmellTexts.T;

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
    return T.get("smell.title");
  }

  @Override
  public int rank() {
    return 70;
  }

  @Override
  public String summary() {
    return T.get("smell.summary");
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
