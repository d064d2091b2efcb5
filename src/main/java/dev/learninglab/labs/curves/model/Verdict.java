package dev.learninglab.labs.curves.model;

/** The three shapes of learning curve the tutorial teaches to recognise. */
public enum Verdict {
  GOOD_FIT("good fit"),
  OVERFITTING("overfitting"),
  UNDERFITTING("underfitting");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
