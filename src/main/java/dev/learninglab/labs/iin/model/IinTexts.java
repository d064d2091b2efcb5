package dev.learninglab.labs.iin.model;

import dev.learninglab.core.i18n.Messages;

/** The interpretation lab's texts in the current language. */
public final class IinTexts {
  public static final Messages T = Messages.of("dev.learninglab.labs.iin.messages");

  private IinTexts() {}
}
