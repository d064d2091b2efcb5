package dev.learninglab.labs.captioning.model;

/** The five colours of scene objects: distinct hues that survive a 48-pixel image and noise. */
public enum ShapeColour {
  RED(0.86f, 0.16f, 0.16f),
  GREEN(0.16f, 0.70f, 0.24f),
  BLUE(0.20f, 0.32f, 0.92f),
  YELLOW(0.92f, 0.84f, 0.16f),
  PURPLE(0.64f, 0.24f, 0.80f);

  private final float r;
  private final float g;
  private final float b;

  ShapeColour(float r, float g, float b) {
    this.r = r;
    this.g = g;
    this.b = b;
  }

  /** The caption word. */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Red, green and blue in 0..1. */
  public float[] rgb() {
    return new float[] {r, g, b};
  }
}
