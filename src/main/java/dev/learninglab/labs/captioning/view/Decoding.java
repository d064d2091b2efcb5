package dev.learninglab.labs.captioning.view;

import static dev.learninglab.labs.captioning.model.CaptioningTexts.T;

/** A choice in the decoding picker: greedy or beam search of a width. */
record Decoding(int beam) {

  static Decoding[] choices() {
    return new Decoding[] {
      new Decoding(1), new Decoding(2), new Decoding(3), new Decoding(4), new Decoding(5)
    };
  }

  @Override
  public String toString() {
    return beam == 1
        ? T.get("captioning.decoding.greedy")
        : T.get("captioning.decoding.beam", beam);
  }
}
