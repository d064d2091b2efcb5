package dev.learninglab.core.compute;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options every {@code train} command shares, as a picocli {@code @Mixin}: {@code --epochs},
 * {@code --lr} and {@code --json}. The command keeps its own wording and defaults in its resource
 * bundle ({@code @Command(resourceBundle = ...)}): keys {@code epochs}, {@code lr}, {@code json}
 * for the descriptions, {@code lr.default} for the learning rate's default (none: {@code --lr}
 * stays null and the lab's recipe decides) and {@code epochs.default} for a command whose {@code
 * --epochs} may be left out (none: {@code --epochs} is required, as picocli treats a required
 * option with a default value as optional).
 *
 * <p>Values out of range are usage errors (exit code 2) as they are parsed: a learning rate must be
 * a finite number above 0 ({@code --lr -1} trained "successfully" to ROC-AUC 0.5 and wrote a
 * checkpoint); a lab may narrow it further.
 */
public final class TrainingOptions {
  /** The most epochs any lab trains for in one run. */
  public static final int MAX_EPOCHS = 100_000;

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  public int epochs;

  public Float learningRate;

  @Option(names = "--json", descriptionKey = "json")
  public boolean json;

  @Option(
      names = "--epochs",
      required = true,
      defaultValue = "${bundle:epochs.default}",
      descriptionKey = "epochs")
  void epochs(int value) {
    requireRange(command, "--epochs", value, 1, MAX_EPOCHS);
    epochs = value;
  }

  @Option(names = "--lr", defaultValue = "${bundle:lr.default}", descriptionKey = "lr")
  void learningRate(Float value) {
    if (value != null && !(Float.isFinite(value) && value > 0)) {
      throw new CommandLine.ParameterException(
          command.commandLine(), "--lr must be a number above 0, got " + value);
    }
    learningRate = value;
  }

  /**
   * A usage error (exit code 2) naming {@code option} unless {@code min ≤ value ≤ max}; NaN is
   * never in range.
   */
  public static void requireRange(
      CommandSpec command, String option, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new CommandLine.ParameterException(
          command.commandLine(),
          option + " must be " + number(min) + " to " + number(max) + ", got " + number(value));
    }
  }

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
