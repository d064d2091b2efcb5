package dev.learninglab.shell;

import dev.learninglab.core.i18n.Language;
import java.awt.Dimension;
import java.nio.file.Path;

/**
 * How the window was asked to open: a lab to show, a theme, a screenshot to take, the window's size
 * for it (null: the design size) and a language (null: the one in the settings). Each may be null.
 */
public record ShellOptions(
    String labId, Theme theme, Path screenshot, Dimension window, Language language) {
  public ShellOptions(String labId, Theme theme, Path screenshot) {
    this(labId, theme, screenshot, null, null);
  }

  public ShellOptions(String labId, Theme theme, Path screenshot, Dimension window) {
    this(labId, theme, screenshot, window, null);
  }
}
