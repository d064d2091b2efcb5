package dev.learninglab.labs.smell.model;

import dev.learninglab.core.i18n.Messages;

/**
 * The smell lab's words in English and Simplified Chinese (odour labels, SMILES and parser messages
 * stay as the data and the toolkit give them), the one accessor its model, views and commands use:
 * {@code dev/learninglab/labs/smell/messages*.properties}.
 */
public final class SmellTexts {
  public static final Messages T = Messages.of("dev.learninglab.labs.smell.messages");

  private SmellTexts() {}
}
