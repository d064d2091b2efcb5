package dev.learninglab.labs.forecast.model;

import dev.learninglab.core.i18n.Messages;

/** The forecast lab's texts in the current language (its view, charts, verdict and CLI). */
public final class ForecastTexts {
  public static final Messages T = Messages.of("dev.learninglab.labs.forecast.messages");

  private ForecastTexts() {}
}
