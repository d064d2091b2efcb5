package dev.learninglab.labs.naivebayes.view;

import dev.learninglab.core.learn.LabelledData;
import dev.learninglab.core.view.WrapLayout;
import dev.learninglab.labs.naivebayes.model.Derivation;
import dev.learninglab.labs.naivebayes.model.Derivation.ClassTerms;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.util.Locale;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * The tutorial's derivation for the explained point, with the fitted numbers: priors, the bell
 * curve of every class and feature with the point on it, the product, the normalisation in linear
 * space (which can fail with 0/0) and in log space (which does not).
 */
final class DerivationPanel extends JPanel {
  private final LabState state;
  private final JPanel content = new JPanel();
  private Derivation shown;

  DerivationPanel(LabState state) {
    super(new BorderLayout());
    this.state = state;
    content.setLayout(new BoxLayout(content, BoxLayout.Y_AXIS));
    add(content, BorderLayout.NORTH);
    state.onChange(this::refresh);
  }

  /** The derivation on screen, or null when there is no model. */
  Derivation shown() {
    return shown;
  }

  private void refresh() {
    content.removeAll();
    LabelledData d = state.data();
    if (state.model() == null || d == null) {
      shown = null;
      content.add(
          left(
              new JLabel(
                  state.problem() == null
                      ? "No data yet."
                      : html("<b>No model:</b> " + state.problem()))));
    } else {
      shown = Derivation.of(state.model(), state.selected());
      fill(shown, d);
    }
    content.revalidate();
    content.repaint();
  }

  private void fill(Derivation r, LabelledData d) {
    double[] x = r.point();
    String answer = answer(r, d);
    content.add(
        left(
            new JLabel(
                wrapped(
                    "<h3>Why x = ("
                        + g(x[0])
                        + ", "
                        + g(x[1])
                        + ") "
                        + answer
                        + "?</h3>"
                        + "Bayes: p(c|x) = p(c) \u00b7 p(x|c) / p(x); naive: p(x|c) = \u220f<sub>i</sub> p(x<sub>i</sub>|c)"))));
    StringBuilder priors =
        new StringBuilder("<b>1. Priors</b> p(c) = class share of the training data:<br>");
    for (ClassTerms t : r.classes()) {
      priors
          .append("&nbsp; p(")
          .append(d.className(t.label()))
          .append(") = ")
          .append(g(t.prior()))
          .append("<br>");
    }
    content.add(left(new JLabel(wrapped(priors.toString()))));
    content.add(
        left(
            new JLabel(
                wrapped(
                    "<b>2. Likelihoods</b> p(x<sub>i</sub>|c) = N(x<sub>i</sub>; \u03bc, \u03c3\u00b2)"
                        + " per class and feature (\u03c3 includes var_smoothing). A &lt; or"
                        + " &gt; at a curve's edge: x<sub>i</sub> lies beyond the drawn range on"
                        + " that side, so its density there is tiny."))));
    for (int c = 0; c < r.classes().size(); c++) {
      content.add(left(classRow(r.classes().get(c), c, d)));
    }
    content.add(left(new JLabel(wrapped(Steps.scoresAndNormalisation(r, d)))));
    content.add(
        left(
            new JLabel(
                wrapped("<b>5. Answer</b>: the class with the largest p(c|x) " + answer + "."))));
    content.add(Box.createVerticalGlue());
  }

  /** "→ class 1 (p = 0.9981)": the class with the largest posterior. */
  private static String answer(Derivation r, LabelledData d) {
    double[] p = r.posterior();
    int best = 0;
    for (int i = 1; i < p.length; i++) {
      if (p[i] > p[best]) {
        best = i;
      }
    }
    return "\u2192 class "
        + d.className(r.classes().get(best).label())
        + " (p = "
        + String.format(Locale.ROOT, "%.4f", p[best])
        + ")";
  }

  private JPanel classRow(ClassTerms t, int position, LabelledData d) {
    JPanel row = new JPanel(new WrapLayout(FlowLayout.LEFT, 8, 2));
    row.add(new JLabel(html("<b>class " + d.className(t.label()) + "</b>")));
    for (int j = 0; j < t.mean().length; j++) {
      JPanel cell = new JPanel(new BorderLayout());
      cell.add(
          new BellCurve(t.mean()[j], t.std()[j], state.selected()[j], ClassColors.of(position)),
          BorderLayout.CENTER);
      cell.add(
          new JLabel(
              html(
                  "<small>"
                      + d.featureNames().get(j)
                      + ": \u03bc="
                      + g(t.mean()[j])
                      + " \u03c3="
                      + g(t.std()[j])
                      + "<br>N = "
                      + g(t.density()[j])
                      + "</small>")),
          BorderLayout.SOUTH);
      row.add(cell);
    }
    return row;
  }

  private static Component left(JPanel p) {
    p.setAlignmentX(Component.LEFT_ALIGNMENT);
    return p;
  }

  private static Component left(JLabel l) {
    l.setAlignmentX(Component.LEFT_ALIGNMENT);
    return l;
  }

  /**
   * An HTML label body that wraps at a fixed width: a plain HTML label never wraps, and the
   * derivation's pane is only about 430 px wide in a 1024 px window.
   */
  private static String wrapped(String body) {
    // Swing's HTML reads CSS pixels as points: 280 of them take about 373 screen pixels
    return "<html><body style='width: 280px'>" + body + "</body></html>";
  }

  static String html(String body) {
    return "<html>" + body + "</html>";
  }

  /** 4 significant digits; an exact 0 (an underflow, usually) is shown as 0. */
  static String g(double v) {
    return v == 0 ? "0" : String.format(Locale.ROOT, "%.4g", v);
  }
}
