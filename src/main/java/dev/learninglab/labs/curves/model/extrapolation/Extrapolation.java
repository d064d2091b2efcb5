package dev.learninglab.labs.curves.model.extrapolation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Fits the three curves on the first k measured points and compares their predictions with every
 * measured point, the later ones being true extrapolations.
 */
public final class Extrapolation {
  private Extrapolation() {}

  /** One curve's prediction at one measured size, with the error against the measurement. */
  public record Prediction(
      int size,
      double predicted,
      double measured,
      double error,
      Double low,
      Double high,
      boolean extrapolated) {}

  /**
   * A fitted curve and its predictions; {@code sizeForTarget} is null when no target was asked or
   * the curve never reaches it.
   */
  public record Fit(
      String model,
      String formula,
      Map<String, Double> parameters,
      List<Prediction> predictions,
      Double sizeForTarget) {}

  /**
   * The power law, the least-squares quadratic and the logarithm fitted on the first {@code firstK}
   * points, and the tutorial's quadratic spline through them.
   */
  public static List<FittedCurve> fitAll(double[] sizes, double[] accuracy, int firstK) {
    if (firstK < 3 || firstK > sizes.length) {
      throw new IllegalArgumentException(
          "--fit-first must be between 3 and the number of points ("
              + sizes.length
              + "), got "
              + firstK);
    }
    double[] n = Arrays.copyOf(sizes, firstK);
    double[] y = Arrays.copyOf(accuracy, firstK);
    return List.of(
        PowerLawFit.fit(n, y),
        SimpleFits.quadratic(n, y),
        SimpleFits.logarithm(n, y),
        QuadraticSpline.through(n, y));
  }

  /**
   * @param target accuracy to find the needed data for, or NaN for none
   */
  public static List<Fit> run(int[] sizes, double[] accuracy, int firstK, double target) {
    double[] n = Arrays.stream(sizes).asDoubleStream().toArray();
    List<Fit> out = new ArrayList<>();
    for (FittedCurve curve : fitAll(n, accuracy, firstK)) {
      List<Prediction> predictions = new ArrayList<>();
      for (int i = 0; i < sizes.length; i++) {
        double p = curve.predict(sizes[i]);
        double band = curve.bandHalfWidth(sizes[i]);
        predictions.add(
            new Prediction(
                sizes[i],
                p,
                accuracy[i],
                p - accuracy[i],
                Double.isNaN(band) ? null : p - band,
                Double.isNaN(band) ? null : p + band,
                i >= firstK));
      }
      Double needed = null;
      if (!Double.isNaN(target)) {
        // search from the smallest size measured, not from the last fitted one: a curve that
        // crosses the target inside the fitted range must say where, not "at the last point"
        double s = curve.sizeFor(target, n[0], 1e9);
        needed = Double.isNaN(s) ? null : s;
      }
      out.add(new Fit(curve.model(), curve.formula(), curve.parameters(), predictions, needed));
    }
    return out;
  }
}
