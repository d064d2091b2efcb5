package dev.learninglab.labs.superres.model;

import dev.learninglab.core.i18n.Messages;

/**
 * The super-resolution lab's words in English and Simplified Chinese, the one accessor its model,
 * views and commands use: {@code dev/learninglab/labs/superres/messages*.properties}.
 */
public final class SuperresTexts {
  public static final Messages T = Messages.of("dev.learninglab.labs.superres.messages");

  private SuperresTexts() {}
}
