package dev.learninglab.labs.forecast.model;

import java.util.Locale;

/**
 * What the network learns to output for a window. {@link #NEXT} is the question (tomorrow's price);
 * {@link #WINDOW_MEAN} is the mistake one public version of the tutorial makes: the moving average
 * ending tomorrow, 49 of whose 50 days the window already holds, so its error looks tiny while it
 * says little about tomorrow's price.
 */
public enum Target {
  NEXT("next"),
  WINDOW_MEAN("window-mean");

  private final String id;

  Target(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** The label of window {@code i} in price units. */
  public double label(double[] x, Protocol p, int i) {
    if (this == NEXT) {
      return x[p.target(i)];
    }
    double sum = 0;
    for (int j = i + 1; j <= p.target(i); j++) {
      sum += x[j];
    }
    return sum / p.window();
  }

  public static Target parse(String text) {
    for (Target t : values()) {
      if (t.id.equals(text.toLowerCase(Locale.ROOT))) {
        return t;
      }
    }
    throw new IllegalArgumentException("--target must be next or window-mean, got " + text);
  }
}
