package dev.learninglab.labs.curves.view;

import static dev.learninglab.labs.curves.model.CurvesTexts.T;

import dev.learninglab.labs.curves.model.Names;
import dev.learninglab.labs.curves.model.extrapolation.Extrapolation;
import java.util.Locale;
import java.util.Map;

/** One fit in words: formula and parameters, error at the extrapolated points, data needed. */
final class SizeText {
  private SizeText() {}

  static String describe(Extrapolation.Fit f, double target) {
    StringBuilder parameters = new StringBuilder(f.parameters().isEmpty() ? "" : ":");
    for (Map.Entry<String, Double> e : f.parameters().entrySet()) {
      parameters.append(String.format(Locale.ROOT, " %s=%.4g", e.getKey(), e.getValue()));
    }
    StringBuilder b =
        new StringBuilder(T.get("curves.fit.line", Names.fit(f.model()), f.formula(), parameters));
    double worst = 0;
    int extrapolated = 0;
    for (Extrapolation.Prediction p : f.predictions()) {
      if (p.extrapolated()) {
        extrapolated++;
        worst = Math.max(worst, Math.abs(p.error()));
      }
    }
    if (extrapolated > 0) {
      b.append(' ').append(T.get("curves.fit.worst", extrapolated, worst));
    }
    if (!Double.isNaN(target)) {
      int smallest = f.predictions().isEmpty() ? 0 : f.predictions().get(0).size();
      b.append(' ');
      if (f.sizeForTarget() == null) {
        b.append(T.get("curves.fit.never", target));
      } else if (f.sizeForTarget() <= smallest) {
        b.append(T.get("curves.fit.already", target, smallest));
      } else {
        b.append(T.get("curves.fit.needs", target, f.sizeForTarget()));
      }
    }
    return b.toString();
  }
}
