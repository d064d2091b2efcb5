package dev.learninglab.labs.captioning.model;

import java.util.List;

/**
 * A generated caption: its words, whether the decoder ended it with {@code <end>} (rather than
 * running out of steps), its total log-probability and the beam width that produced it.
 */
public record Caption(List<String> tokens, boolean ended, double logProb, int beam) {

  public Caption {
    tokens = List.copyOf(tokens);
  }

  /** The words joined by spaces. */
  public String text() {
    return String.join(" ", tokens);
  }
}
