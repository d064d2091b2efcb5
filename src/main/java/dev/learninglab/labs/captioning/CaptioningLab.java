package dev.learninglab.labs.captioning;

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
    return "Captioning";
  }

  @Override
  public int rank() {
    return 40;
  }

  @Override
  public String summary() {
    return "Caption generated shape scenes with three CNN + LSTM models and score them with BLEU"
        + " and a truth check.";
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
