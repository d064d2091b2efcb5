package dev.learninglab.shell;

import java.awt.Dimension;
import java.nio.file.Path;

/**
 * How the window was asked to open: a lab to show, a theme, a screenshot to take and the window's
 * size for it (null: the design size). Each may be null.
 */
public record ShellOptions(String labId, Theme theme, Path screenshot, Dimension window) {
  public ShellOptions(String labId, Theme theme, Path screenshot) {
    this(labId, theme, screenshot, null);
  }
}
