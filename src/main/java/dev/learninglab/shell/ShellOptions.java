package dev.learninglab.shell;

import java.nio.file.Path;

/**
 * How the window was asked to open: a lab to show, a theme, a screenshot to take. Each may be null.
 */
public record ShellOptions(String labId, Theme theme, Path screenshot) {}
