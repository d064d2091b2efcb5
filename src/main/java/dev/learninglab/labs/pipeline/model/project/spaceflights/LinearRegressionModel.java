package dev.learninglab.labs.pipeline.model.project.spaceflights;

import java.util.List;

/**
 * An ordinary-least-squares model with intercept, as scikit-learn's {@code LinearRegression}; a
 * plain record so it is saved as JSON, never with Java serialization.
 */
public record LinearRegressionModel(
    List<String> features, double[] coefficients, double intercept, int trainRows) {

  public double predict(double[] x) {
    double y = intercept;
    for (int j = 0; j < coefficients.length; j++) {
      y += coefficients[j] * x[j];
    }
    return y;
  }
}
