package dev.learninglab.labs.captioning;

import static dev.learninglab.labs.captioning.model.CaptioningTexts.T;

import dev.learninglab.core.lab.Lab;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.labs.captioning.cli.CaptioningCommand;
import dev.learninglab.labs.captioning.view.CaptioningView;
import java.util.Optional;
import javax.swing.JComponent;

/**
 * The image-captioning lab: a CNN encoder and LSTM decoders, the tutorial's collapse and its fix.
 */
public final class CaptioningLab implements Lab {

  @Override
  public String id() {
    return "captioning";
  }

  @Override
  public String title() {
    return T.get("captioning.title");
  }

  @Override
  public int rank() {
    return 40;
  }

  @Override
  public String summary() {
    return T.get("captioning.summary");
  }

  @Override
  public JComponent createView(LabContext context) {
    return new CaptioningView(context);
  }

  @Override
  public Optional<Object> command() {
    return Optional.of(new CaptioningCommand());
  }
}
