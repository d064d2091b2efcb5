package dev.learninglab.labs.curves.model;

/** Thrown when a training set holds one class only: no classifier can be fitted on it. */
public final class SingleClassException extends IllegalArgumentException {
  public SingleClassException(String className, int rows) {
    super(
        "the "
            + rows
            + " training rows are all of class `"
            + className
            + "`: a classifier needs at least two classes");
  }
}
