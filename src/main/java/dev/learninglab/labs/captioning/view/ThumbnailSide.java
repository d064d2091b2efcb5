package dev.learninglab.labs.captioning.view;

import dev.learninglab.labs.captioning.model.SceneGenerator;

/**
 * How large a gallery picture is drawn: as large as the room beside its caption allows, in whole
 * multiples of the picture's own side (so every pixel stays a crisp square), never below twice the
 * picture (the size it had on every screen) and never beyond five times it (it shows nothing more).
 */
final class ThumbnailSide {
  static final int MIN = 2 * SceneGenerator.SIDE;
  static final int MAX = 5 * SceneGenerator.SIDE;

  private ThumbnailSide() {}

  /** The side for a picture given {@code width × height} px of room. */
  static int fitting(int width, int height) {
    int room = Math.min(width, height);
    int snapped = room / SceneGenerator.SIDE * SceneGenerator.SIDE;
    return Math.max(MIN, Math.min(MAX, snapped));
  }
}
