package dev.learninglab.labs.gauntlet.model.run;

import java.util.List;

/**
 * What running one piece of code in the JShell VM gave: how it ended, a message and the template
 * line for errors (0 if none), what it printed, and each probed value.
 */
public record Evaluation(
    Ending ending, String message, int line, String output, List<Probed> values) {
  public Evaluation {
    values = List.copyOf(values);
  }

  /** How a run ended. */
  public enum Ending {
    COMPLETED,
    COMPILE_ERROR,
    RUNTIME_ERROR,
    TIMEOUT,
    STOPPED,
    VM_ENDED
  }

  /**
   * One probed expression: its JSON, or why it could not be read ({@code error}, and {@code threw}
   * when evaluating it threw, as opposed to not compiling); the chart PNG (base64) when a preview
   * was asked for.
   */
  public record Probed(String expression, String json, String error, boolean threw, String png) {}

  static Evaluation failed(Ending ending, String message, int line, String output) {
    return new Evaluation(ending, message, line, output, List.of());
  }
}
