package dev.learninglab.labs.gauntlet.model;

import dev.learninglab.core.i18n.Messages;

/**
 * The Gauntlet's words in English and Simplified Chinese (the drill UI and the check messages, not
 * the packs' prompts), the one accessor its model, views and commands use: {@code
 * dev/learninglab/labs/gauntlet/messages*.properties}.
 */
public final class GauntletTexts {
  public static final Messages T = Messages.of("dev.learninglab.labs.gauntlet.messages");

  private GauntletTexts() {}
}
