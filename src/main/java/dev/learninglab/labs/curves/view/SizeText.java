package dev.learninglab.labs.curves.view;

import dev.learninglab.labs.curves.model.extrapolation.Extrapolation;
import java.util.Locale;
import java.util.Map;

/** One fit in words: formula and parameters, error at the extrapolated points, data needed. */
final class SizeText {
  private SizeText() {}

  static String describe(Extrapolation.Fit f, double target) {
    StringBuilder b = new StringBuilder(f.model()).append(" ").append(f.formula());
    b.append(f.parameters().isEmpty() ? " " : ": ");
    for (Map.Entry<String, Double> e : f.parameters().entrySet()) {
      b.append(String.format(Locale.ROOT, "%s=%.4g ", e.getKey(), e.getValue()));
    }
    double worst = 0;
    int extrapolated = 0;
    for (Extrapolation.Prediction p : f.predictions()) {
      if (p.extrapolated()) {
        extrapolated++;
        worst = Math.max(worst, Math.abs(p.error()));
      }
    }
    if (extrapolated > 0) {
      b.append(
          String.format(
              Locale.ROOT,
              "· largest error on the %d extrapolated points %.4f ",
              extrapolated,
              worst));
    }
    if (!Double.isNaN(target)) {
      int smallest = f.predictions().isEmpty() ? 0 : f.predictions().get(0).size();
      if (f.sizeForTarget() == null) {
        b.append(String.format(Locale.ROOT, "· never reaches %.3f", target));
      } else if (f.sizeForTarget() <= smallest) {
        b.append(
            String.format(
                Locale.ROOT,
                "· already %.3f at the smallest size measured (%d)",
                target,
                smallest));
      } else {
        b.append(
            String.format(
                Locale.ROOT, "· %.3f needs about %.0f images", target, f.sizeForTarget()));
      }
    }
    return b.toString();
  }
}
