package dev.learninglab.core.compute;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    ProcessBuilder child = new ProcessBuilder(sameProgram(mainClass, args)).inheritIO();
    child.environment().put(EngineVerdict.ISA_VARIABLE, limit.get());
    return OptionalInt.of(child.start().waitFor());
  }

  /** The command line that runs this program again: its JVM, options and class path. */
  private static List<String> sameProgram(Class<?> mainClass, String[] args) {
    List<String> command = new ArrayList<>();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    if (Files.isExecutable(java)) {
      command.add(java.toString());
      command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(mainClass.getName());
    } else {
      // an installed app's runtime has no java command: its own launcher sets the class path
      command.add(ProcessHandle.current().info().command().orElseThrow());
    }
    command.addAll(List.of(args));
    return command;
  }
}
