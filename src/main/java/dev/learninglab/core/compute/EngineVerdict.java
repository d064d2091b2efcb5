package dev.learninglab.core.compute;

import static dev.learninglab.core.i18n.CoreTexts.T;

import java.util.List;

/**
 * What the engine's self-check found: which operations gave wrong answers (none on a sound
 * machine), under which oneDNN instruction-set limit ({@code "default"} when none was set), for
 * which PyTorch natives, and how long the check took.
 */
public record EngineVerdict(
    boolean correct, List<String> wrong, String isaLimit, String natives, double millis) {

  public EngineVerdict {
    wrong = List.copyOf(wrong);
  }

  /** The environment variable through which oneDNN reads its instruction-set limit. */
  public static final String ISA_VARIABLE = "ONEDNN_MAX_CPU_ISA";

  /** One line for the start, {@code info} and the status bar. */
  public String line() {
    if (correct) {
      String limit = "default".equals(isaLimit) ? "" : T.get("core.engine.limited", isaLimit);
      return T.get("core.engine.passed", "%.0f".formatted(millis), limit);
    }
    return T.get("core.engine.wrong", String.join(", ", wrong));
  }
}
