package dev.learninglab.labs.naivebayes.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.learninglab.core.learn.LabelledData;
import dev.learninglab.core.learn.Matrix;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code learning-lab naive-bayes} prints: the fitted Gaussian model and the predictions for
 * the requested points. Class labels are numbers when the label column is numeric, else the label
 * text.
 */
@JsonPropertyOrder({"classes", "classPrior", "theta", "var", "epsilon", "predictions"})
public record FitReport(
    List<Object> classes,
    double[] classPrior,
    double[][] theta,
    double[][] var,
    double epsilon,
    List<Prediction> predictions) {

  /** One predicted point: its features, P(class|x) per class, and the winning label. */
  @JsonPropertyOrder({"x", "proba", "label"})
  public record Prediction(double[] x, double[] proba, Object label) {}

  /**
   * Fits a Gaussian model with {@code varSmoothing} to {@code data} and predicts {@code points}.
   */
  public static FitReport of(LabelledData data, double varSmoothing, List<double[]> points) {
    GaussianNaiveBayes nb =
        new GaussianNaiveBayes().varSmoothing(varSmoothing).fit(data.x(), data.y());
    List<Object> classes = new ArrayList<>();
    for (int label : nb.classes()) {
      classes.add(labelValue(data, label));
    }
    List<Prediction> predictions = new ArrayList<>();
    if (!points.isEmpty()) {
      Matrix x = Matrix.of(points.toArray(double[][]::new));
      Matrix proba = nb.predictProba(x);
      int[] predicted = nb.predict(x);
      for (int i = 0; i < x.rows(); i++) {
        predictions.add(new Prediction(x.row(i), proba.row(i), labelValue(data, predicted[i])));
      }
    }
    return new FitReport(
        classes,
        nb.classPrior(),
        nb.theta().toArray(),
        nb.var().toArray(),
        nb.epsilon(),
        List.copyOf(predictions));
  }

  private static Object labelValue(LabelledData data, int label) {
    String name = data.className(label);
    return name.equals(Integer.toString(label)) ? (Object) label : name;
  }
}
