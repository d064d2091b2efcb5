package dev.learninglab.labs.audio.model;

import dev.learninglab.core.i18n.Messages;

/**
 * The audio lab's words in English and Simplified Chinese, the one accessor its model, views and
 * plots use: {@code dev/learninglab/labs/audio/messages*.properties}.
 */
public final class AudioTexts {
  public static final Messages T = Messages.of("dev.learninglab.labs.audio.messages");

  private AudioTexts() {}
}
