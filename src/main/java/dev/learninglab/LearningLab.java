package dev.learninglab;

import dev.learninglab.cli.GuiCommand;
import dev.learninglab.cli.RootCommand;
import dev.learninglab.core.compute.EngineTrust;
import dev.learninglab.core.compute.SafeIsaRelaunch;
import dev.learninglab.core.i18n.Locales;
import dev.learninglab.core.io.Utf8Relaunch;
import java.io.IOException;
import java.util.OptionalInt;

/**
 * Entry point. No arguments opens the window (a double-clicked jar); any arguments run the command
 * line, where {@code gui} opens the window with options.
 */
public final class LearningLab {
  private LearningLab() {}

  public static void main(String[] args) {
    // DJL must never reach for the network: the PyTorch natives are bundled in the jar.
    System.setProperty("ai.djl.offline", "true");
    String[] given = argumentsHandedOver(args);
    OptionalInt inUtf8 = restartInUtf8IfNeeded(given);
    if (inUtf8.isPresent()) {
      System.exit(inUtf8.getAsInt());
    }
    String[] effective = given.length == 0 ? new String[] {"gui"} : given;
    OptionalInt restarted = restartWithSafeEngineIfNeeded(effective);
    if (restarted.isPresent()) {
      System.exit(restarted.getAsInt());
    }
    EngineTrust.remembered()
        .filter(verdict -> !verdict.correct())
        .ifPresent(verdict -> System.err.println(verdict.line()));
    // the command line speaks English unless LEARNING_LAB_LANG or --lang says otherwise
    try {
      Locales.fromEnvironment().ifPresent(Locales::use);
    } catch (IllegalArgumentException e) {
      System.err.println("learning-lab: " + e.getMessage());
      System.exit(2);
    }
    int exit = RootCommand.execute(RootCommand.commandLine(), System.out, effective);
    if (exit != GuiCommand.WINDOW_OPEN) {
      System.exit(exit);
    }
  }

  /** The arguments as the learner typed them: a restart in UTF-8 hands them over in a file. */
  private static String[] argumentsHandedOver(String[] args) {
    try {
      String[] handed = Utf8Relaunch.handedOver();
      return handed != null ? handed : args;
    } catch (IOException e) {
      System.err.println(
          "learning-lab: could not read the arguments handed over: " + e.getMessage());
      return args;
    }
  }

  private static OptionalInt restartInUtf8IfNeeded(String[] args) {
    try {
      return Utf8Relaunch.ifNeeded(LearningLab.class, args);
    } catch (IOException | RuntimeException e) {
      System.err.println(
          "learning-lab: this locale cannot name files outside ASCII and a restart in C.UTF-8"
              + " failed ("
              + e.getMessage()
              + "); run with LC_ALL=C.UTF-8");
      return OptionalInt.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OptionalInt.of(130);
    }
  }

  private static OptionalInt restartWithSafeEngineIfNeeded(String[] args) {
    try {
      return SafeIsaRelaunch.ifNeeded(LearningLab.class, args);
    } catch (IOException | RuntimeException e) {
      System.err.println("Could not check the compute engine at start: " + e.getMessage());
      return OptionalInt.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OptionalInt.of(130);
    }
  }
}
