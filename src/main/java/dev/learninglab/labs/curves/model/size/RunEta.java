package dev.learninglab.labs.curves.model.size;

import static dev.learninglab.labs.curves.model.CurvesTexts.T;

import dev.learninglab.core.compute.Durations;

/**
 * The time left in a size run, from measured progress only. Work is counted in training images ×
 * epochs, so the larger sizes still to come weigh as much more as they cost. The rate is taken from
 * the first reported step on (engine start-up and model building before it would make the first
 * estimate many times too long), and no estimate is given before {@link #MIN_FRACTION} of the work
 * is done: until then the text is "estimating…".
 */
public final class RunEta {
  /** Share of the work to measure before estimating the rest. */
  static final double MIN_FRACTION = 0.05;

  private RunEta() {}

  /**
   * Seconds left, or NaN while there is too little to go on.
   *
   * @param seconds time since the first reported step
   * @param done work finished since that first step
   * @param doneBefore work already finished at the first step
   * @param total all the work of the run
   */
  public static double seconds(double seconds, double done, double doneBefore, double total) {
    double finished = doneBefore + done;
    if (total <= 0 || finished < MIN_FRACTION * total || done <= 0 || seconds <= 0) {
      return Double.NaN;
    }
    return seconds / done * Math.max(0, total - finished);
  }

  /** {@link #seconds} as the progress line shows it: "3 min 05 s" or "estimating…". */
  public static String text(double seconds, double done, double doneBefore, double total) {
    double left = seconds(seconds, done, doneBefore, total);
    return Double.isNaN(left) ? T.get("curves.size.estimating") : Durations.format(left);
  }
}
