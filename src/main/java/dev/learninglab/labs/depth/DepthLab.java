package dev.learninglab.labs.depth;

import static dev.learninglab.labs.depth.model.DepthTexts.T;

import dev.learninglab.core.lab.Lab;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.labs.depth.cli.DepthCommand;
import dev.learninglab.labs.depth.view.DepthView;
import java.util.Optional;
import javax.swing.JComponent;

/**
 * The order-book lab: from a table of price levels to the depth chart, on a replayed or live book.
 */
public final class DepthLab implements Lab {
  @Override
  public String id() {
    return "depth";
  }

  @Override
  public String title() {
    return T.get("depth.title");
  }

  @Override
  public int rank() {
    return 80;
  }

  @Override
  public String summary() {
    return T.get("depth.summary");
  }

  @Override
  public JComponent createView(LabContext context) {
    return new DepthView(context);
  }

  @Override
  public Optional<Object> command() {
    return Optional.of(new DepthCommand());
  }
}
