package dev.learninglab.core.compute;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A training run stopped because its loss (or, after a step, a weight) is no longer a finite
 * number: going on would only train on garbage, and nothing non-finite is ever saved. The message
 * is one line a learner can act on.
 */
public final class TrainingDiverged extends RuntimeException {
  private final int epoch;
  private final int step;
  private final double loss;
  private final double learningRate;
  private final int keptEpoch;

  /**
   * At {@code step} (from 1) of {@code epoch} the loss was {@code loss} (finite when it was the
   * weights that were not) at {@code learningRate}; {@code keptEpoch} is the epoch of this run
   * whose checkpoint stays, 0 when this run saved nothing.
   */
  public TrainingDiverged(int epoch, int step, double loss, double learningRate, int keptEpoch) {
    super(message(epoch, step, loss, learningRate, keptEpoch));
    this.epoch = epoch;
    this.step = step;
    this.loss = loss;
    this.learningRate = learningRate;
    this.keptEpoch = keptEpoch;
  }

  private static String message(
      int epoch, int step, double loss, double learningRate, int keptEpoch) {
    String what =
        Double.isFinite(loss) ? "weights not finite after loss " + number(loss) : "loss " + loss;
    return "Training diverged at epoch %d, step %d (%s, learning rate %s): %s; try a lower learning rate (e.g. %s)"
        .formatted(
            epoch,
            step,
            what,
            number(learningRate),
            keptEpoch == 0
                ? "nothing was saved"
                : "the checkpoint of epoch " + keptEpoch + " is kept",
            number(learningRate / 10));
  }

  /** Three significant digits, without an exponent unless huge: 0.001, 0.0001, 12.3, 1.00e+30. */
  static String number(double x) {
    if (!Double.isFinite(x)) {
      return Double.toString(x);
    }
    if (Math.abs(x) >= 1e6) {
      return String.format(java.util.Locale.ROOT, "%.2e", x);
    }
    return new BigDecimal(x).round(new MathContext(3)).stripTrailingZeros().toPlainString();
  }

  public int epoch() {
    return epoch;
  }

  public int step() {
    return step;
  }

  public double loss() {
    return loss;
  }

  public double learningRate() {
    return learningRate;
  }

  /** What a {@code train --json} command prints for this run: {@code "stopped":"diverged"} … */
  public Map<String, Object> json() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("stopped", StopReason.DIVERGED.id());
    map.put("epoch", epoch);
    map.put("step", step);
    // JSON has no NaN: a loss that is not a number is given as its name
    map.put("loss", Double.isFinite(loss) ? (Object) loss : Double.toString(loss));
    map.put("learningRate", learningRate);
    map.put("keptEpoch", keptEpoch);
    map.put("message", getMessage());
    return map;
  }
}
