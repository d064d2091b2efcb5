package dev.learninglab.labs.smell.view;

import static dev.learninglab.labs.smell.model.SmellTexts.T;

import dev.learninglab.core.view.Localized;
import dev.learninglab.labs.smell.model.eval.BinaryMetrics;
import dev.learninglab.labs.smell.model.eval.Confusion;
import java.awt.BorderLayout;
import java.awt.GridLayout;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;

/**
 * A threshold slider over the out-of-fold fruity probabilities: the confusion matrix and precision,
 * recall, F1 and accuracy follow it, with "never fruity" beside them.
 */
final class ThresholdPanel extends JPanel {
  private static final long serialVersionUID = 1L;
  private final JSlider slider = new JSlider(1, 99, 50);
  private final JLabel thresholdLabel = new JLabel();
  private final JLabel[] cells = new JLabel[4];
  private final JLabel measures = new JLabel();
  private int[] y;
  private double[] p;

  ThresholdPanel() {
    super(new BorderLayout(6, 6));
    Localized.titled(this, () -> T.get("smell.threshold.title"));
    slider.setName("thresholdSlider");
    measures.setName("thresholdMeasures");
    JPanel matrix = new JPanel(new GridLayout(3, 3, 4, 2));
    matrix.add(new JLabel(""));
    matrix.add(Localized.text(new JLabel(), () -> T.get("smell.threshold.calledFruity")));
    matrix.add(Localized.text(new JLabel(), () -> T.get("smell.threshold.calledNot")));
    matrix.add(Localized.text(new JLabel(), () -> T.get("smell.threshold.fruity")));
    for (int i = 0; i < 4; i++) {
      cells[i] = new JLabel("–");
    }
    matrix.add(cells[0]);
    matrix.add(cells[1]);
    matrix.add(Localized.text(new JLabel(), () -> T.get("smell.threshold.notFruity")));
    matrix.add(cells[2]);
    matrix.add(cells[3]);
    JPanel top = new JPanel(new BorderLayout(6, 0));
    top.add(thresholdLabel, BorderLayout.WEST);
    top.add(slider, BorderLayout.CENTER);
    add(top, BorderLayout.NORTH);
    add(matrix, BorderLayout.CENTER);
    add(measures, BorderLayout.SOUTH);
    slider.addChangeListener(e -> update());
    clear();
  }

  void clear() {
    y = null;
    p = null;
    thresholdLabel.setText("0.50");
    Localized.text(measures, () -> "<html>" + T.get("smell.threshold.empty") + "</html>");
    for (JLabel c : cells) {
      c.setText("–");
    }
  }

  void show(int[] labels, double[] probabilities, double tuned) {
    y = labels;
    p = probabilities;
    slider.setValue((int) Math.round(Math.max(0.01, Math.min(0.99, tuned)) * 100));
    update();
  }

  private void update() {
    double t = slider.getValue() / 100.0;
    thresholdLabel.setText(String.format("%.2f", t));
    if (y == null) {
      return;
    }
    Confusion c = BinaryMetrics.confusion(y, p, t);
    cells[0].setText(Integer.toString(c.tp()));
    cells[1].setText(Integer.toString(c.fn()));
    cells[2].setText(Integer.toString(c.fp()));
    cells[3].setText(Integer.toString(c.tn()));
    double never = BinaryMetrics.majorityAccuracy(y);
    Localized.text(
        measures,
        () ->
            "<html>"
                + T.get(
                    "smell.threshold.measures",
                    c.precision(),
                    c.recall(),
                    c.f1(),
                    c.accuracy(),
                    never)
                + "</html>");
  }
}
