package dev.learninglab.labs.curves.view;

import dev.learninglab.labs.curves.model.Diagnosis;
import dev.learninglab.labs.curves.model.LearningCurveResult;

/** The diagnosis as HTML for the text pane: the verdict, its reasons, and any unfitted sizes. */
final class DiagnosisText {
  private DiagnosisText() {}

  static String html(Diagnosis d, LearningCurveResult curve) {
    StringBuilder b = new StringBuilder("<html><body style='font-family:sans-serif'>");
    b.append("<p><b>Diagnosis: ")
        .append(escape(d.verdict().label()))
        .append("</b> (C = ")
        .append(CText.format(curve.c()))
        .append(", ")
        .append(
            curve.shuffleSeed() == null
                ? "rows in file order"
                : "shuffled with RandomState(" + curve.shuffleSeed() + ")")
        .append(")</p><ul>");
    for (String r : d.reasons()) {
      b.append("<li>").append(escape(r)).append("</li>");
    }
    b.append("</ul>");
    if (curve.shuffleSeed() == null && !curve.problems().isEmpty()) {
      b.append(
          "<p style='color:#b05000'>Iris is sorted by class: without shuffling, the first rows of each fold are"
              + " all setosa, so the smallest training sets cannot be fitted. Tick “Shuffle” to draw them at random.</p>");
    }
    return b.append("</body></html>").toString();
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
