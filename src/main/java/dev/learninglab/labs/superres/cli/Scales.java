package dev.learninglab.labs.superres.cli;

/** The scale factors the lab ships models for. */
final class Scales {

  private Scales() {}

  static void check(int scale) {
    if (scale < 2 || scale > 4) {
      throw new IllegalArgumentException("--scale must be 2, 3 or 4, got " + scale);
    }
  }
}
