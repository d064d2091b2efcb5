package dev.learninglab.labs.naivebayes.view;

import dev.learninglab.core.learn.LabelledData;
import dev.learninglab.labs.naivebayes.model.Derivation;
import dev.learninglab.labs.naivebayes.model.Derivation.ClassTerms;
import java.util.Locale;

/** The HTML of derivation steps 3 and 4: products, then the two ways to normalise them. */
final class Steps {
  private Steps() {}

  static String scoresAndNormalisation(Derivation r, LabelledData d) {
    StringBuilder s =
        new StringBuilder("<b>3. Scores</b> p(c) \u00b7 \u220f N, and their logs:<table>");
    s.append(
        "<tr><th align=left>class</th><th align=left>p(c) \u00b7 \u220f N (linear)</th>"
            // two lines: on one the header made the derivation scroll sideways at 1280×800
            + "<th align=left>log p(c) +<br>\u03a3 log N</th></tr>");
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
    s.append("</table><b>4. Normalise</b> by p(x) = \u03a3 scores:<br>");
    s.append("&nbsp; linear (tutorial): \u03a3 = ").append(e(r.evidence()));
    if (r.linearUnderflow()) {
      s.append(
          " <font color='#b00020'><b>every score underflowed to 0, so p(c|x) = 0/0 = NaN</b></font>");
    }
    s.append("<br>&nbsp; log space: log \u03a3 = logsumexp = ").append(e(r.logEvidence()));
    s.append(
        "<table><tr><th align=left>class</th><th align=left>p(c|x) linear</th>"
            + "<th align=left>p(c|x) log space</th></tr>");
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
