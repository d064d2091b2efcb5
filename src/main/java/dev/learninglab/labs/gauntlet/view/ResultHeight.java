package dev.learninglab.labs.gauntlet.view;

/**
 * How tall the result pane under the editor is: a share of the drill's height, but never more than
 * its status line, message and first table rows need (on a 1080p screen it was mostly empty while
 * the editor, where the learner works, was short), and never so little that a message is hidden.
 */
final class ResultHeight {
  static final int MIN = 140;
  static final int MAX = 220;
  private static final double SHARE = 0.3;

  private ResultHeight() {}

  /** The result pane's height in a split {@code splitHeight} px tall. */
  static int in(int splitHeight) {
    return Math.max(MIN, Math.min(MAX, (int) Math.round(splitHeight * SHARE)));
  }
}
