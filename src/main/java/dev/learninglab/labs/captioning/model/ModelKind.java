package dev.learninglab.labs.captioning.model;

import java.util.Locale;

/** The lab's three captioners. */
public enum ModelKind {
  /** The tutorial's first model: the image vector repeated to every LSTM step. */
  V1("v1: tutorial (repeat vector + LSTM)"),
  /** The tutorial's second: a frozen pre-trained encoder, dense 256, a bidirectional LSTM. */
  V2("v2: frozen pre-trained encoder + biLSTM"),
  /** Its next steps: word-by-word decoder from the image state, attention, beam search. */
  V3("v3: attention decoder + beam search");

  private final String label;

  ModelKind(String label) {
    this.label = label;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String label() {
    return label;
  }

  /** Whether the decoder reads its previous word, so beam search applies. */
  public boolean autoregressive() {
    return this == V3;
  }

  /** Parses {@code v1}, {@code v2}, {@code v3}. */
  public static ModelKind parse(String text) {
    for (ModelKind k : values()) {
      if (k.id().equalsIgnoreCase(text)) {
        return k;
      }
    }
    throw new IllegalArgumentException("model `" + text + "` is not one of v1, v2, v3");
  }

  @Override
  public String toString() {
    return label;
  }
}
