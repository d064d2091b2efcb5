package dev.learninglab.labs.audio;

import static dev.learninglab.labs.audio.model.AudioTexts.T;

import dev.learninglab.core.lab.Lab;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.labs.audio.cli.AudioCommand;
import dev.learninglab.labs.audio.view.AudioView;
import java.util.Optional;
import javax.swing.JComponent;

/** The audio lab: spectrograms and chromagrams, computed exactly as librosa 0.10.2 does. */
public final class AudioLab implements Lab {

  @Override
  public String id() {
    return "audio";
  }

  @Override
  public String title() {
    return T.get("audio.title");
  }

  @Override
  public int rank() {
    return 100;
  }

  @Override
  public String summary() {
    return T.get("audio.summary");
  }

  @Override
  public JComponent createView(LabContext context) {
    return new AudioView(context);
  }

  @Override
  public Optional<Object> command() {
    return Optional.of(new AudioCommand());
  }
}
