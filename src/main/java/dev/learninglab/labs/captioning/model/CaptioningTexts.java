package dev.learninglab.labs.captioning.model;

import dev.learninglab.core.i18n.Messages;

/**
 * The captioning lab's words in English and Simplified Chinese (the generated captions themselves
 * stay English: the models learned English), the one accessor its model, views and commands use:
 * {@code dev/learninglab/labs/captioning/messages*.properties}.
 */
public final class CaptioningTexts {
  public static final Messages T = Messages.of("dev.learninglab.labs.captioning.messages");

  private CaptioningTexts() {}
}
