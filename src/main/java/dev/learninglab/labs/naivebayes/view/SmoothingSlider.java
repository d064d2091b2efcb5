package dev.learninglab.labs.naivebayes.view;

import static dev.learninglab.labs.naivebayes.model.NaiveBayesTexts.T;

import dev.learninglab.core.view.Localized;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.util.Locale;
import java.util.function.DoubleConsumer;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;

/**
 * var_smoothing on a log scale: the far left is exactly 0 (the tutorial's own class), then 1e-12 to
 * 10 in tenths of a decade. scikit-learn's default 1e-9 is marked in the label.
 */
final class SmoothingSlider extends JPanel {
  static final int ZERO = 0;
  private static final int DECADES_FROM = -12;
  private static final int STEPS_PER_DECADE = 10;
  private static final int MAX = 1 + 13 * STEPS_PER_DECADE;

  private final JSlider slider = new JSlider(ZERO, MAX, positionOf(1e-9));
  private final JLabel label = new JLabel();

  SmoothingSlider(DoubleConsumer onChange) {
    super(new BorderLayout(6, 0));
    slider.setPreferredSize(new Dimension(170, slider.getPreferredSize().height));
    Localized.tip(slider, () -> T.get("naivebayes.smoothing.tip"));
    add(new JLabel("var_smoothing"), BorderLayout.WEST);
    add(slider, BorderLayout.CENTER);
    add(label, BorderLayout.EAST);
    label.setPreferredSize(new Dimension(150, label.getPreferredSize().height));
    slider.addChangeListener(
        e -> {
          describe();
          if (!slider.getValueIsAdjusting()) {
            onChange.accept(valueAt(slider.getValue()));
          }
        });
    describe();
  }

  /** The var_smoothing value of a slider position. */
  static double valueAt(int position) {
    if (position <= ZERO) {
      return 0;
    }
    return Math.pow(10, DECADES_FROM + (position - 1) / (double) STEPS_PER_DECADE);
  }

  /** The slider position nearest to a var_smoothing value. */
  static int positionOf(double value) {
    if (value <= 0) {
      return ZERO;
    }
    int p = 1 + (int) Math.round((Math.log10(value) - DECADES_FROM) * STEPS_PER_DECADE);
    return Math.max(1, Math.min(MAX, p));
  }

  JSlider slider() {
    return slider;
  }

  private void describe() {
    double v = valueAt(slider.getValue());
    String value = String.format(Locale.ROOT, "%.3g", v);
    boolean isDefault = slider.getValue() == positionOf(1e-9);
    Localized.text(
        label,
        () ->
            v == 0
                ? T.get("naivebayes.smoothing.tutorial")
                : isDefault ? T.get("naivebayes.smoothing.default", value) : value);
  }
}
