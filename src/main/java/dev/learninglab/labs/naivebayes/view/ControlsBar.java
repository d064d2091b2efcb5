package dev.learninglab.labs.naivebayes.view;

import static dev.learninglab.labs.naivebayes.model.NaiveBayesTexts.T;

import dev.learninglab.core.view.ErrorColour;
import dev.learninglab.core.view.Localized;
import dev.learninglab.core.view.Toolbars;
import dev.learninglab.core.view.WrapLayout;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.util.function.Supplier;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JToggleButton;
import javax.swing.SpinnerNumberModel;
import javax.swing.UIManager;

/**
 * The lab's controls: where the data comes from, clicking to add points of a class, the
 * var_smoothing slider, the naive linear-space toggle, and a line for messages.
 */
final class ControlsBar extends JPanel {
  final JButton tutorial = button("naivebayes.controls.tutorial");
  final JButton iris = button("naivebayes.controls.iris");
  final JButton loadCsv = button("naivebayes.controls.loadCsv");
  final JButton regenerate = button("naivebayes.controls.regenerate");
  final JSpinner seed = new JSpinner(new SpinnerNumberModel(1, 0, Integer.MAX_VALUE, 1));
  final JToggleButton addMode =
      Localized.text(new JToggleButton(), () -> T.get("naivebayes.controls.addMode"));
  final JComboBox<String> addClass = new JComboBox<>();
  final JCheckBox linearSpace =
      Localized.text(new JCheckBox(), () -> T.get("naivebayes.controls.linear"));
  final JComboBox<String> zoom = new JComboBox<>(new String[] {"1\u00d7", "4\u00d7", "10\u00d7"});
  final SmoothingSlider smoothing;
  private final JLabel message = new JLabel(" ");

  ControlsBar(LabState state) {
    super(new GridLayout(0, 1));
    ((JSpinner.DefaultEditor) seed.getEditor()).getTextField().setColumns(4);
    smoothing = new SmoothingSlider(state::setVarSmoothing);
    JPanel data = new JPanel(new WrapLayout(FlowLayout.LEFT, 6, 2));
    data.add(tutorial);
    data.add(iris);
    data.add(loadCsv);
    data.add(regenerate);
    data.add(Toolbars.labelled(() -> T.get("naivebayes.controls.seed"), seed));
    data.add(addMode);
    data.add(addClass);
    JPanel settings = new JPanel(new WrapLayout(FlowLayout.LEFT, 6, 2));
    settings.add(smoothing);
    settings.add(linearSpace);
    settings.add(Toolbars.labelled(() -> T.get("naivebayes.controls.zoom"), zoom));
    linearSpace.addActionListener(e -> state.setLinearSpace(linearSpace.isSelected()));
    Localized.tip(zoom, () -> T.get("naivebayes.controls.zoom.tip"));
    zoom.addActionListener(e -> state.setZoom(new double[] {1, 4, 10}[zoom.getSelectedIndex()]));
    add(data);
    add(settings);
    add(message);
    state.onChange(
        () -> {
          refreshClasses(state);
          if (state.problem() != null) {
            showProblem(state.problem());
          }
        });
  }

  private void refreshClasses(LabState state) {
    if (state.data() == null) {
      return;
    }
    Object chosen = addClass.getSelectedItem();
    addClass.removeAllItems();
    for (int label : state.data().labels()) {
      addClass.addItem(state.data().className(label));
    }
    if (chosen != null) {
      addClass.setSelectedItem(chosen);
    }
  }

  void showProblem(String text) {
    message.setForeground(ErrorColour.get());
    Localized.text(message, () -> text);
  }

  /** An information line, looked up again when the language changes. */
  void showInfo(Supplier<String> text) {
    message.setForeground(UIManager.getColor("Label.foreground"));
    Localized.text(message, text);
  }

  private static JButton button(String key) {
    return Localized.text(new JButton(), () -> T.get(key));
  }

  String messageText() {
    return message.getText();
  }
}
