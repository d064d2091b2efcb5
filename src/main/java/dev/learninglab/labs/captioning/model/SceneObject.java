package dev.learninglab.labs.captioning.model;

/**
 * One object of a scene: what it is and where its centre lies (pixels on a 48-pixel image). Each
 * object owns one of three columns (0 left, 1 middle, 2 right), so "to the left of" and "on the
 * left" are never borderline.
 */
public record SceneObject(
    ShapeKind kind, ShapeColour colour, ShapeSize size, int column, double x, double y) {

  /** "big red circle" without an article. */
  public String description() {
    return size.word() + " " + colour.word() + " " + kind.word();
  }
}
