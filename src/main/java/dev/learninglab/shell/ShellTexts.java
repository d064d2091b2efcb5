package dev.learninglab.shell;

import dev.learninglab.core.i18n.Messages;

/** The window's own words: {@code dev/learninglab/shell/messages*.properties}. */
final class ShellTexts {
  static final Messages T = Messages.of("dev.learninglab.shell.messages");

  private ShellTexts() {}
}
