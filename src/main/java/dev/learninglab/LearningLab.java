package dev.learninglab;

import dev.learninglab.cli.GuiCommand;
import dev.learninglab.cli.RootCommand;

/**
 * Entry point. No arguments opens the window (a double-clicked jar); any arguments run the command
 * line, where {@code gui} opens the window with options.
 */
public final class LearningLab {
  private LearningLab() {}

  public static void main(String[] args) {
    // DJL must never reach for the network: the PyTorch natives are bundled in the jar.
    System.setProperty("ai.djl.offline", "true");
    String[] effective = args.length == 0 ? new String[] {"gui"} : args;
    int exit = RootCommand.commandLine().execute(effective);
    if (exit != GuiCommand.WINDOW_OPEN) {
      System.exit(exit);
    }
  }
}
