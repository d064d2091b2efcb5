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
  public String helpHtml() {
    return "<h2>Image captioning: CNN encoder + LSTM decoder</h2>"
        + "<p>The tutorial trained on Flickr8k; its first model gave the same caption for every"
        + " image. Here the models train on generated <b>shape scenes</b> whose truth is known, so"
        + " besides BLEU each caption is checked: are the shapes, colours, sizes and relations it"
        + " names really in the picture?</p>"
        + "<p><b>v1</b> is the tutorial's first model (image vector repeated to every step of an"
        + " LSTM); <b>v2</b> its second (a frozen pre-trained encoder and a bidirectional LSTM);"
        + " <b>v3</b> what its next steps ask for: a word-by-word decoder started from the image,"
        + " attention over the encoder's grid, beam search.</p>";
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
