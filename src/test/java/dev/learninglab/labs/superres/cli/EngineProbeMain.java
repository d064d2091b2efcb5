package dev.learninglab.labs.superres.cli;

import ai.djl.pytorch.engine.PtEngineProvider;
import dev.learninglab.cli.RootCommand;
import java.lang.reflect.Field;

/**
 * Runs one command line in a fresh JVM, then says whether DJL started the PyTorch engine while
 * serving it ({@code pytorch-started true|false}) and the command's exit code.
 */
public final class EngineProbeMain {
  private EngineProbeMain() {}

  public static void main(String[] args) throws ReflectiveOperationException {
    System.setProperty("ai.djl.offline", "true");
    int exit = RootCommand.commandLine().execute(args);
    System.out.println("exit " + exit);
    System.out.println("pytorch-started " + pyTorchStarted());
  }

  /** DJL keeps the engine it started in its provider; nothing else tells without starting it. */
  private static boolean pyTorchStarted() throws ReflectiveOperationException {
    Field engine = PtEngineProvider.class.getDeclaredField("engine");
    engine.setAccessible(true);
    return engine.get(null) != null;
  }
}
