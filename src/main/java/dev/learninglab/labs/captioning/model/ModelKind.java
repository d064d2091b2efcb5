package dev.learninglab.labs.captioning.model;

import static dev.learninglab.labs.captioning.model.CaptioningTexts.T;

import java.util.Locale;

/** The lab's three captioners. */
public enum ModelKind {
  /** The tutorial's first model: the image vector repeated to every LSTM step. */
  V1,
  /** The tutorial's second: a frozen pre-trained encoder, dense 256, a bidirectional LSTM. */
  V2,
  /** Its next steps: word-by-word decoder from the image state, attention, beam search. */
  V3;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The name shown in lists and status lines, in the current language. */
  public String label() {
    return switch (this) {
      case V1 -> T.get("captioning.model.v1");
      case V2 -> T.get("captioning.model.v2");
      case V3 -> T.get("captioning.model.v3");
    };
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
    return label();
  }
}
