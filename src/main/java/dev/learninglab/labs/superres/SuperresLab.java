package dev.learninglab.labs.superres;

import static dev.learninglab.labs.superres.model.SuperresTexts.T;

import dev.learninglab.core.lab.Lab;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.labs.superres.cli.SuperresCommand;
import dev.learninglab.labs.superres.view.SuperresView;
import java.util.Optional;
import javax.swing.JComponent;

/** The super-resolution lab: reproduce FSRCNN and compare it with bicubic. */
public final class SuperresLab implements Lab {

  @Override
  public String id() {
    return "superres";
  }

  @Override
  public String title() {
    return T.get("superres.title");
  }

  @Override
  public int rank() {
    return 30;
  }

  @Override
  public String summary() {
    return T.get("superres.summary");
  }

  @Override
  public JComponent createView(LabContext context) {
    return new SuperresView(context);
  }

  @Override
  public Optional<Object> command() {
    return Optional.of(new SuperresCommand());
  }
}
