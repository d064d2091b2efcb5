package dev.learninglab.labs.captioning.cli;

/** The one rule for {@code --beam}. */
final class BeamOption {

  private BeamOption() {}

  static void check(int beam) {
    if (beam < 1 || beam > 5) {
      throw new IllegalArgumentException("--beam must be 1 to 5, got " + beam);
    }
  }
}
