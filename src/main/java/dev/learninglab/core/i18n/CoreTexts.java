package dev.learninglab.core.i18n;

/** The words of core's shared widgets: {@code dev/learninglab/core/messages*.properties}. */
public final class CoreTexts {
  public static final Messages T = Messages.of("dev.learninglab.core.messages");

  private CoreTexts() {}
}
