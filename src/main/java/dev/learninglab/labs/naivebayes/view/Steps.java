package dev.learninglab.labs.naivebayes.view;

import static dev.learninglab.labs.naivebayes.model.NaiveBayesTexts.T;

import dev.learninglab.core.learn.LabelledData;
import dev.learninglab.labs.naivebayes.model.Derivation;
import dev.learninglab.labs.naivebayes.model.Derivation.ClassTerms;
import java.util.Locale;

/** The HTML of derivation steps 3 and 4: products, then the two ways to normalise them. */
final class Steps {
  private Steps() {}

  static String scoresAndNormalisation(Derivation r, LabelledData d) {
    StringBuilder s = new StringBuilder(T.get("naivebayes.steps.scores")).append("<table>");
    s.append("<tr><th align=left>")
        .append(T.get("naivebayes.steps.class"))
        .append("</th><th align=left>")
        .append(T.get("naivebayes.steps.linear"))
        // two lines: on one the header made the derivation scroll sideways at 1280×800
        .append("</th><th align=left>log p(c) +<br>\u03a3 log N</th></tr>");
    for (ClassTerms t : r.classes()) {
      StringBuilder product = new StringBuilder(DerivationPanel.g(t.prior()));
      for (double n : t.density()) {
        product.append(" \u00b7 ").append(DerivationPanel.g(n));
      }
      s.append("<tr><td>")
          .append(d.className(t.label()))
          .append("</td><td>")
          .append(product)
          .append(" = <b>")
          .append(e(t.score()))
          .append("</b></td><td>")
          .append(e(t.logScore()))
          .append("</td></tr>");
    }
    s.append("</table>").append(T.get("naivebayes.steps.normalise"));
    s.append(T.get("naivebayes.steps.linearSum", e(r.evidence())));
    if (r.linearUnderflow()) {
      s.append(" <font color='#b00020'><b>")
          .append(T.get("naivebayes.steps.underflow"))
          .append("</b></font>");
    }
    s.append(T.get("naivebayes.steps.logSum", e(r.logEvidence())));
    s.append("<table><tr><th align=left>")
        .append(T.get("naivebayes.steps.class"))
        .append("</th><th align=left>")
        .append(T.get("naivebayes.steps.posteriorLinear"))
        .append("</th><th align=left>")
        .append(T.get("naivebayes.steps.posteriorLog"))
        .append("</th></tr>");
    for (int c = 0; c < r.classes().size(); c++) {
      s.append("<tr><td>")
          .append(d.className(r.classes().get(c).label()))
          .append("</td><td>")
          .append(e(r.linearPosterior()[c]))
          .append("</td><td><b>")
          .append(e(r.posterior()[c]))
          .append("</b></td></tr>");
    }
    return s.append("</table>").toString();
  }

  private static String e(double v) {
    return v == 0 ? "0" : String.format(Locale.ROOT, "%.6g", v);
  }
}
