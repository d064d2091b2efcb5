package dev.learninglab.labs.curves.model;

import static dev.learninglab.labs.curves.model.CurvesTexts.T;

import java.util.List;

/**
 * A sentence of the diagnosis kept as its key and numbers, so that it is worded in the language of
 * the moment each time it is read (a language switch re-words a diagnosis already on screen).
 */
public record Sentence(String key, List<Object> args) {
  public Sentence(String key, Object... args) {
    this(key, List.of(args));
  }

  public String text() {
    return T.get(key, args.toArray());
  }
}
