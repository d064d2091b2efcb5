package dev.learninglab.labs.superres;

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
    return "Super-resolution";
  }

  @Override
  public int rank() {
    return 30;
  }

  @Override
  public String summary() {
    return "Shrink a photo, restore it with bicubic and with FSRCNN, and compare them pixel by pixel.";
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
