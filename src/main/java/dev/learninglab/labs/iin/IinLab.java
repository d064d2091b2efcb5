package dev.learninglab.labs.iin;

import static dev.learninglab.labs.iin.model.IinTexts.T;

import dev.learninglab.core.lab.Lab;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.labs.iin.cli.IinCommand;
import dev.learninglab.labs.iin.view.IinView;
import java.util.Optional;
import javax.swing.JComponent;

/**
 * The interpretation lab: normalising flows on the plane, and an invertible interpretation network
 * (Esser, Rombach, Ommer 2020) that splits an autoencoder's code into named factors.
 */
public final class IinLab implements Lab {

  @Override
  public String id() {
    return "iin";
  }

  @Override
  public String title() {
    return T.get("iin.title");
  }

  @Override
  public int rank() {
    return 110;
  }

  @Override
  public String summary() {
    return T.get("iin.summary");
  }

  @Override
  public JComponent createView(LabContext context) {
    return new IinView(context);
  }

  @Override
  public Optional<Object> command() {
    return Optional.of(new IinCommand());
  }
}
