package dev.learninglab.labs.curves.view;

import static dev.learninglab.labs.curves.model.CurvesTexts.T;

import dev.learninglab.labs.curves.model.Diagnosis;
import dev.learninglab.labs.curves.model.LearningCurveResult;
import dev.learninglab.labs.curves.model.Names;

/** The diagnosis as HTML for the text pane: the verdict, its reasons, and any unfitted sizes. */
final class DiagnosisText {
  private DiagnosisText() {}

  static String html(Diagnosis d, LearningCurveResult curve) {
    StringBuilder b = new StringBuilder("<html><body style='font-family:sans-serif'>");
    String order =
        curve.shuffleSeed() == null
            ? T.get("curves.diag.fileOrder")
            : T.get("curves.diag.shuffled", curve.shuffleSeed());
    b.append("<p><b>")
        .append(escape(T.get("curves.diag.heading", Names.verdict(d.verdict()))))
        .append("</b> ")
        .append(escape(T.get("curves.diag.setting", CText.format(curve.c()), order)))
        .append("</p><ul>");
    for (String r : d.reasons()) {
      b.append("<li>").append(escape(r)).append("</li>");
    }
    b.append("</ul>");
    if (curve.shuffleSeed() == null && !curve.problems().isEmpty()) {
      b.append("<p style='color:#b05000'>")
          .append(escape(T.get("curves.diag.sorted")))
          .append("</p>");
    }
    return b.append("</body></html>").toString();
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
