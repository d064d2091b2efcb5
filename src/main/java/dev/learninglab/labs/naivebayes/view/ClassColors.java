package dev.learninglab.labs.naivebayes.view;

import java.awt.Color;

/** One colour per class position, the tutorial's blue, red and yellow first. */
final class ClassColors {
  private static final Color[] PALETTE = {
    new Color(0x1f77b4), new Color(0xd62728), new Color(0xe6b800), new Color(0x2ca02c),
    new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
    new Color(0xbcbd22), new Color(0x17becf)
  };

  /** Where the linear-space computation has no answer (0/0). */
  static final Color UNDEFINED = new Color(0x404040);

  private ClassColors() {}

  static Color of(int classPosition) {
    return PALETTE[Math.floorMod(classPosition, PALETTE.length)];
  }

  /** The class colour faded towards white by how unsure the model is there. */
  static Color region(int classPosition, double confidence, int classCount) {
    if (classPosition < 0) {
      return UNDEFINED;
    }
    Color c = of(classPosition);
    // confidence runs from 1/k (a tie) to 1; map that to 25%..60% colour strength
    double sure = classCount <= 1 ? 1 : (confidence - 1.0 / classCount) / (1 - 1.0 / classCount);
    double strength = 0.25 + 0.35 * Math.max(0, Math.min(1, sure));
    return new Color(
        blend(c.getRed(), strength), blend(c.getGreen(), strength), blend(c.getBlue(), strength));
  }

  private static int blend(int channel, double strength) {
    return (int) Math.round(255 - (255 - channel) * strength);
  }
}
