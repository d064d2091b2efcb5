package dev.learninglab.labs.captioning.model;

/** Two sizes, so that "big" and "small" are visible at a glance; radius in pixels at side 48. */
public enum ShapeSize {
  SMALL(3.5),
  BIG(6.5);

  private final double radius;

  ShapeSize(double radius) {
    this.radius = radius;
  }

  /** Half the object's extent in pixels on a 48-pixel image. */
  public double radius() {
    return radius;
  }

  /** The caption word. */
  public String word() {
    return this == BIG ? "big" : "small";
  }
}
