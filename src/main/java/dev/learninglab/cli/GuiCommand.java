package dev.learninglab.cli;

import static dev.learninglab.core.i18n.CoreTexts.T;

import dev.learninglab.shell.LearningLabApp;
import dev.learninglab.shell.ShellOptions;
import dev.learninglab.shell.Theme;
import java.awt.Dimension;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  private static final Pattern SIZE = Pattern.compile("([1-9][0-9]{2,3})x([1-9][0-9]{2,3})");

  @Option(names = "--lab", paramLabel = "ID", description = "Open on this lab.")
  String lab;

  @Option(names = "--theme", paramLabel = "light|dark", description = "Colour theme.")
  Theme theme;

  @Option(
      names = "--screenshot",
      paramLabel = "FILE",
      description = "Wait until the lab has rendered, write a PNG of the window and exit.")
  Path screenshot;

  @Option(
      names = "--window",
      paramLabel = "WIDTHxHEIGHT",
      description =
          "The window's size for --screenshot, at most the screen (default 1280x800, the"
              + " design size).")
  String window;

  @Override
  public Integer call() throws Exception {
    ShellOptions options =
        new ShellOptions(lab, theme, screenshot, windowSize(), RootCommand.requestedLanguage());
    if (java.awt.GraphicsEnvironment.isHeadless()) {
      // AWT's own HeadlessException is three lines about "an operation which requires it"
      throw new IllegalStateException(T.get("core.gui.noDisplay"));
    }
    if (screenshot != null) {
      LearningLabApp.screenshot(options);
      return 0;
    }
    LearningLabApp.open(options);
    return WINDOW_OPEN;
  }

  private Dimension windowSize() {
    if (window == null) {
      return null;
    }
    Matcher m = SIZE.matcher(window.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "--window must be WIDTHxHEIGHT, e.g. 1920x1080; got `" + window + "`");
    }
    return new Dimension(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }
}
