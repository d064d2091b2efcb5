package dev.learninglab.cli;

import dev.learninglab.shell.LearningLabApp;
import dev.learninglab.shell.ShellOptions;
import dev.learninglab.shell.Theme;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code learning-lab gui}: opens the window, optionally on one lab, or takes a screenshot. */
@Command(
    name = "gui",
    description = "Open the window (the default without arguments).",
    mixinStandardHelpOptions = true)
public final class GuiCommand implements Callable<Integer> {
  /** Exit code meaning "the window is open: keep the JVM running". */
  public static final int WINDOW_OPEN = -1;

  @Option(names = "--lab", paramLabel = "ID", description = "Open on this lab.")
  String lab;

  @Option(names = "--theme", paramLabel = "light|dark", description = "Colour theme.")
  Theme theme;

  @Option(
      names = "--screenshot",
      paramLabel = "FILE",
      description = "Wait until the lab has rendered, write a PNG of the window and exit.")
  Path screenshot;

  @Override
  public Integer call() throws Exception {
    ShellOptions options = new ShellOptions(lab, theme, screenshot);
    if (screenshot != null) {
      LearningLabApp.screenshot(options);
      return 0;
    }
    LearningLabApp.open(options);
    return WINDOW_OPEN;
  }
}
