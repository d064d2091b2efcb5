package dev.learninglab.labs.curves.model;

import dev.learninglab.core.i18n.Messages;

/**
 * The learning-curves lab's words in English and Simplified Chinese, the one accessor its model,
 * views and commands use: {@code dev/learninglab/labs/curves/messages*.properties}.
 */
public final class CurvesTexts {
  public static final Messages T = Messages.of("dev.learninglab.labs.curves.messages");

  private CurvesTexts() {}
}
