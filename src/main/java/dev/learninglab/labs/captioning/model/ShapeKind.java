package dev.learninglab.labs.captioning.model;

/** The three shapes a scene can hold, with the noun captions use for them. */
public enum ShapeKind {
  CIRCLE,
  SQUARE,
  TRIANGLE;

  /** The caption word: {@code circle}, {@code square}, {@code triangle}. */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
