package dev.learninglab.labs.depth.model;

import dev.learninglab.core.i18n.Messages;

/**
 * The order-book depth lab's words in English and Simplified Chinese, the one accessor its model,
 * views, chart painter and feeds use: {@code dev/learninglab/labs/depth/messages*.properties}.
 */
public final class DepthTexts {
  public static final Messages T = Messages.of("dev.learninglab.labs.depth.messages");

  private DepthTexts() {}
}
