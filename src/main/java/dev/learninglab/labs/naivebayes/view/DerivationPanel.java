package dev.learninglab.labs.naivebayes.view;

import static dev.learninglab.labs.naivebayes.model.NaiveBayesTexts.T;

import dev.learninglab.core.learn.LabelledData;
import dev.learninglab.core.view.Localized;
import dev.learninglab.core.view.WrapLayout;
import dev.learninglab.labs.naivebayes.model.Derivation;
import dev.learninglab.labs.naivebayes.model.Derivation.ClassTerms;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Rectangle;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.util.Locale;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;

/**
 * The tutorial's derivation for the explained point, with the fitted numbers: priors, the bell
 * curve of every class and feature with the point on it, the product, the normalisation in linear
 * space (which can fail with 0/0) and in log space (which does not).
 */
final class DerivationPanel extends JPanel implements Scrollable {
  /** CSS width of the text in the narrowest pane, a 1024 px window's (about 373 screen pixels). */
  private static final int NARROWEST_TEXT = 280;

  /** Swing's HTML reads CSS pixels as points: a screen pixel is 0.75 of them. */
  private static final double CSS_PER_PIXEL = 0.75;

  private static final int SCROLL_STEP = 16;

  /** Room for the scroll bar and the margins beside the text. */
  private static final int MARGIN = 32;

  private final LabState state;
  private final JPanel content = new JPanel();
  private Derivation shown;
  private int textWidth = NARROWEST_TEXT;

  DerivationPanel(LabState state) {
    super(new BorderLayout());
    this.state = state;
    content.setLayout(new BoxLayout(content, BoxLayout.Y_AXIS));
    add(content, BorderLayout.NORTH);
    state.onChange(this::refresh);
    Localized.whenChanged(this, "derivation", this::refresh);
    addComponentListener(
        new ComponentAdapter() {
          @Override
          public void componentResized(ComponentEvent e) {
            followWidth();
          }
        });
  }

  /** Lets the text use a wider pane instead of staying a narrow column at the left. */
  private void followWidth() {
    int wanted = Math.max(NARROWEST_TEXT, (int) ((getWidth() - MARGIN) * CSS_PER_PIXEL));
    if (Math.abs(wanted - textWidth) >= 10) {
      textWidth = wanted;
      refresh();
    }
  }

  /** As wide as the pane, so the text follows it when the window narrows as well as widens. */
  @Override
  public boolean getScrollableTracksViewportWidth() {
    return true;
  }

  @Override
  public boolean getScrollableTracksViewportHeight() {
    return false;
  }

  @Override
  public Dimension getPreferredScrollableViewportSize() {
    return getPreferredSize();
  }

  @Override
  public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
    return SCROLL_STEP;
  }

  @Override
  public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
    return orientation == SwingConstants.VERTICAL ? visible.height : visible.width;
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
                      ? T.get("naivebayes.derivation.noData")
                      : html(T.get("naivebayes.derivation.noModel", state.problem())))));
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
        left(new JLabel(wrapped(T.get("naivebayes.derivation.why", g(x[0]), g(x[1]), answer)))));
    StringBuilder priors = new StringBuilder(T.get("naivebayes.derivation.priors"));
    for (ClassTerms t : r.classes()) {
      priors
          .append("&nbsp; p(")
          .append(d.className(t.label()))
          .append(") = ")
          .append(g(t.prior()))
          .append("<br>");
    }
    content.add(left(new JLabel(wrapped(priors.toString()))));
    content.add(left(new JLabel(wrapped(T.get("naivebayes.derivation.likelihoods")))));
    for (int c = 0; c < r.classes().size(); c++) {
      content.add(left(classRow(r.classes().get(c), c, d)));
    }
    content.add(left(new JLabel(wrapped(Steps.scoresAndNormalisation(r, d)))));
    content.add(left(new JLabel(wrapped(T.get("naivebayes.derivation.answer", answer)))));
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
    return T.get(
        "naivebayes.derivation.arrow",
        d.className(r.classes().get(best).label()),
        String.format(Locale.ROOT, "%.4f", p[best]));
  }

  private JPanel classRow(ClassTerms t, int position, LabelledData d) {
    JPanel row = new JPanel(new WrapLayout(FlowLayout.LEFT, 8, 2));
    row.add(new JLabel(html(T.get("naivebayes.derivation.classRow", d.className(t.label())))));
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
   * An HTML label body that wraps at the pane's width: a plain HTML label never wraps, and one with
   * a CSS width wraps there whatever the pane's size.
   */
  private String wrapped(String body) {
    return "<html><body style='width: " + textWidth + "px'>" + body + "</body></html>";
  }

  static String html(String body) {
    return "<html>" + body + "</html>";
  }

  /** 4 significant digits; an exact 0 (an underflow, usually) is shown as 0. */
  static String g(double v) {
    return v == 0 ? "0" : String.format(Locale.ROOT, "%.4g", v);
  }
}
