package dev.learninglab.labs.captioning.model;

import java.util.SplittableRandom;

/**
 * Paints a {@link Scene} into a {@link SceneGenerator#SIDE}-pixel RGB image: a grey background with
 * per-pixel noise (so a network cannot key on exact pixel values) and filled shapes.
 */
public final class SceneRenderer {

  private static final float BACKGROUND = 0.35f;
  private static final float NOISE = 0.08f;

  private SceneRenderer() {}

  /** Channel-first floats in 0..1: {@code [3][SIDE][SIDE]} flattened. */
  public static float[] render(Scene scene) {
    int side = SceneGenerator.SIDE;
    float[] chw = new float[3 * side * side];
    SplittableRandom noise = new SplittableRandom(scene.noiseSeed());
    for (int i = 0; i < side * side; i++) {
      float n = (float) noise.nextDouble(-NOISE, NOISE);
      for (int c = 0; c < 3; c++) {
        chw[c * side * side + i] = BACKGROUND + n;
      }
    }
    for (SceneObject o : scene.objects()) {
      float[] rgb = o.colour().rgb();
      for (int y = 0; y < side; y++) {
        for (int x = 0; x < side; x++) {
          if (covers(o, x + 0.5, y + 0.5)) {
            for (int c = 0; c < 3; c++) {
              chw[c * side * side + y * side + x] = rgb[c];
            }
          }
        }
      }
    }
    return chw;
  }

  /** Packed 0xRRGGBB pixels, row by row, for writing PNG files and showing the image. */
  public static int[] toRgb(float[] chw, int side) {
    int[] rgb = new int[side * side];
    for (int i = 0; i < rgb.length; i++) {
      int r = clamp(chw[i]);
      int g = clamp(chw[side * side + i]);
      int b = clamp(chw[2 * side * side + i]);
      rgb[i] = (r << 16) | (g << 8) | b;
    }
    return rgb;
  }

  private static int clamp(float v) {
    return Math.max(0, Math.min(255, Math.round(v * 255)));
  }

  static boolean covers(SceneObject o, double px, double py) {
    double r = o.size().radius();
    double dx = px - o.x();
    double dy = py - o.y();
    return switch (o.kind()) {
      case CIRCLE -> dx * dx + dy * dy <= r * r;
      case SQUARE -> Math.abs(dx) <= r * 0.85 && Math.abs(dy) <= r * 0.85;
      // Apex up: the half-width grows from 0 at the top to r at the base.
      case TRIANGLE -> dy >= -r && dy <= r && Math.abs(dx) <= (dy + r) / 2;
    };
  }
}
