package dev.learninglab.labs.curves.view;

import java.util.Hashtable;
import java.util.function.DoubleConsumer;
import javax.swing.JLabel;
import javax.swing.JSlider;

/**
 * A slider over powers of ten: each tick is a quarter decade between 10^lo and 10^hi, labelled at
 * whole decades. Listeners hear the value when the learner lets go.
 */
final class LogSlider extends JSlider {
  private static final int STEPS_PER_DECADE = 4;
  private final int lo;

  LogSlider(int lo, int hi, double initial) {
    super(0, (hi - lo) * STEPS_PER_DECADE, 0);
    this.lo = lo;
    Hashtable<Integer, JLabel> labels = new Hashtable<>();
    // Every other decade is labelled: all of them do not fit at a usable width.
    for (int e = lo; e <= hi; e += 2) {
      labels.put((e - lo) * STEPS_PER_DECADE, new JLabel(e == 0 ? "1" : "1e" + e));
    }
    setLabelTable(labels);
    setPaintLabels(true);
    setMajorTickSpacing(STEPS_PER_DECADE);
    setMinorTickSpacing(1);
    setPaintTicks(true);
    setSnapToTicks(true);
    setValueC(initial);
    setPreferredSize(new java.awt.Dimension(300, getPreferredSize().height));
  }

  double valueC() {
    return Math.pow(10, lo + (double) getValue() / STEPS_PER_DECADE);
  }

  void setValueC(double c) {
    setValue((int) Math.round((Math.log10(c) - lo) * STEPS_PER_DECADE));
  }

  /** Calls {@code listener} with C each time the slider settles on a new value. */
  void onSettled(DoubleConsumer listener) {
    addChangeListener(
        e -> {
          if (!getValueIsAdjusting()) {
            listener.accept(valueC());
          }
        });
  }
}
