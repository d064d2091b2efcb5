package dev.learninglab.labs.pipeline.model;

import dev.learninglab.core.i18n.Messages;

/**
 * The pipeline lab's words in English and Simplified Chinese (node, dataset and parameter names
 * stay as the project spells them), the one accessor its model, views and commands use: {@code
 * dev/learninglab/labs/pipeline/messages*.properties}.
 */
public final class PipelineTexts {
  public static final Messages T = Messages.of("dev.learninglab.labs.pipeline.messages");

  private PipelineTexts() {}
}
