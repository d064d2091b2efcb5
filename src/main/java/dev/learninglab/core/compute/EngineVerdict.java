package dev.learninglab.core.compute;

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
      String limit = "default".equals(isaLimit) ? "" : ", oneDNN limited to " + isaLimit;
      return "PyTorch self-check passed (%.0f ms%s)".formatted(millis, limit);
    }
    return "This CPU gives wrong PyTorch results (%s); inference uses ONNX Runtime where it can;"
            .formatted(String.join(", ", wrong))
        + " training is disabled.";
  }
}
