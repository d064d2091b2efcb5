package dev.learninglab.labs.editdistance.model;

import dev.learninglab.core.i18n.Messages;

/**
 * The edit-distance lab's words in English and Simplified Chinese, the one accessor its model,
 * views and commands use: {@code dev/learninglab/labs/editdistance/messages*.properties}.
 */
public final class EditDistanceTexts {
  public static final Messages T = Messages.of("dev.learninglab.labs.editdistance.messages");

  private EditDistanceTexts() {}
}
