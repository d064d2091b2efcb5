package dev.learninglab.labs.naivebayes.model;

import dev.learninglab.core.i18n.Messages;

/**
 * The naive Bayes lab's words in English and Simplified Chinese, the one accessor its model, views
 * and commands use: {@code dev/learninglab/labs/naivebayes/messages*.properties}.
 */
public final class NaiveBayesTexts {
  public static final Messages T = Messages.of("dev.learninglab.labs.naivebayes.messages");

  private NaiveBayesTexts() {}
}
