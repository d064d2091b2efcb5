package dev.learninglab.core.compute;

import dev.learninglab.core.io.SameProgram;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Starts the application again, once, with oneDNN limited to SSE4.1 when the PyTorch self-check
 * fails under the default limit: on some CPUs the natives' kernels for newer instruction sets give
 * wrong convolutions, and oneDNN reads its limit only from the environment a process starts in. The
 * verdict is remembered per machine, so a sound machine pays the check once and never again.
 */
public final class SafeIsaRelaunch {
  /** The limit every x86-64 CPU supports and whose kernels were found right where others fail. */
  static final String SAFE_LIMIT = "SSE41";

  private SafeIsaRelaunch() {}

  /** The limit to start again with, or none when this process should go on as it is. */
  static Optional<String> limitToRestartWith(EngineVerdict verdict, String limitInForce) {
    boolean untried = "default".equals(limitInForce);
    return !verdict.correct() && untried ? Optional.of(SAFE_LIMIT) : Optional.empty();
  }

  /**
   * At start: when this machine needs the safe limit and the process lacks it, runs the same
   * program with the same arguments under it and returns the child's exit code; else nothing.
   */
  public static OptionalInt ifNeeded(Class<?> mainClass, String[] args)
      throws IOException, InterruptedException {
    String limitInForce = EngineCheck.isaLimit();
    if (!"default".equals(limitInForce)) {
      return OptionalInt.empty();
    }
    EngineVerdict verdict = EngineTrust.remembered().orElseGet(EngineTrust::verdict);
    Optional<String> limit = limitToRestartWith(verdict, limitInForce);
    if (limit.isEmpty()) {
      return OptionalInt.empty();
    }
    ProcessBuilder child =
        new ProcessBuilder(SameProgram.command(mainClass, List.of(args))).inheritIO();
    child.environment().put(EngineVerdict.ISA_VARIABLE, limit.get());
    return OptionalInt.of(child.start().waitFor());
  }
}
