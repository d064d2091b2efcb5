package dev.learninglab.labs.depth.io;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the learner chose for the depth chart: the ± band around the mid in percent, quantity or
 * quote value on the y axis, and an optional market-order size to draw.
 */
public record ChartSettings(
    double bandPercent, boolean quoteValue, Optional<BigDecimal> fillQuantity) {
  public static final double[] BANDS = {1, 2, 5, 10};

  public static ChartSettings defaults() {
    return new ChartSettings(2, false, Optional.empty());
  }
}
