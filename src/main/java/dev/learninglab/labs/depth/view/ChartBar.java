package dev.learninglab.labs.depth.view;

import static dev.learninglab.labs.depth.model.DepthTexts.T;

import dev.learninglab.core.view.Localized;
import dev.learninglab.core.view.NameRenderer;
import dev.learninglab.core.view.Toolbars;
import dev.learninglab.core.view.WrapLayout;
import dev.learninglab.labs.depth.io.ChartSettings;
import dev.learninglab.labs.depth.io.DepthChartPainter;
import java.awt.FlowLayout;
import java.math.BigDecimal;
import java.util.Optional;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.JToggleButton;

/**
 * The chart row: the ±band around the mid, quantity or quote value on y, price grouping by tick,
 * the "fill N units" calculator and PNG export. Reads the learner's input into {@link
 * ChartSettings} and reports bad numbers in its message label instead of throwing.
 */
final class ChartBar extends JPanel {
  /** The article asked Binance for 100 levels per side. */
  static final int ARTICLE_LEVELS = 100;

  final JToggleButton[] bands = new JToggleButton[ChartSettings.BANDS.length];

  /** The first entry of the tick list: no grouping. */
  static final String AS_LISTED = "";

  final JCheckBox quote = Localized.text(new JCheckBox(), () -> T.get("depth.quote"));
  final JComboBox<String> tick =
      new JComboBox<>(new String[] {AS_LISTED, "0.00001", "0.0001", "0.001", "0.01", "0.1", "1"});
  final JCheckBox articleLevels =
      Localized.text(new JCheckBox(), () -> T.get("depth.articleLevels", ARTICLE_LEVELS));
  final JTextField fill = new JTextField(8);
  final JButton export = Localized.text(new JButton(), () -> T.get("depth.export"));
  final JLabel message = new JLabel(" ");

  ChartBar(ChartSettings initial) {
    super(new WrapLayout(FlowLayout.LEFT, 6, 2));
    add(Localized.text(new JLabel(), () -> T.get("depth.band")));
    ButtonGroup group = new ButtonGroup();
    for (int i = 0; i < bands.length; i++) {
      String band = DepthChartPainter.number(ChartSettings.BANDS[i]);
      bands[i] = Localized.text(new JToggleButton(), () -> T.get("depth.band.value", band));
      bands[i].setSelected(ChartSettings.BANDS[i] == initial.bandPercent());
      group.add(bands[i]);
      add(bands[i]);
    }
    add(quote);
    tick.setEditable(true);
    tick.setRenderer(new NameRenderer<String>(t -> t.isEmpty() ? asListed() : t));
    // the editable field shows the empty "as listed" entry as a grey hint (FlatLaf)
    Runnable hint = () -> tick.putClientProperty("JTextField.placeholderText", asListed());
    hint.run();
    Localized.whenChanged(tick, "placeholder", hint);
    add(Toolbars.labelled(() -> T.get("depth.tick"), tick));
    Localized.tip(articleLevels, () -> T.get("depth.articleLevels.tip", ARTICLE_LEVELS));
    add(articleLevels);
    Localized.tip(fill, () -> T.get("depth.fill.tip"));
    add(Toolbars.labelled(() -> T.get("depth.fill"), fill));
    add(export);
    add(message);
  }

  static String asListed() {
    return T.get("depth.tick.asListed");
  }

  /**
   * The settings the controls show; a fill quantity that is not a positive number is reported and
   * ignored.
   */
  ChartSettings settings() {
    double band = ChartSettings.BANDS[0];
    for (int i = 0; i < bands.length; i++) {
      if (bands[i].isSelected()) {
        band = ChartSettings.BANDS[i];
      }
    }
    message.setText(" ");
    return new ChartSettings(band, quote.isSelected(), positive(fill.getText(), true));
  }

  /** The grouping tick, empty for "as listed" (the empty entry) or invalid input (reported). */
  Optional<BigDecimal> tick() {
    Object v = tick.getSelectedItem();
    String text = v == null ? "" : v.toString().trim();
    return text.isEmpty() ? Optional.empty() : positive(text, false);
  }

  /** {@code text} as a positive number; else empty, and the fill quantity's or tick's error. */
  private Optional<BigDecimal> positive(String text, boolean fillQuantity) {
    if (text.isBlank()) {
      return Optional.empty();
    }
    try {
      BigDecimal d = new BigDecimal(text.trim());
      if (d.signum() > 0) {
        return Optional.of(d);
      }
    } catch (NumberFormatException e) {
      // reported below like a non-positive number
    }
    message.setText(
        fillQuantity
            ? T.get("depth.error.fill", text.trim())
            : T.get("depth.error.tick", text.trim()));
    return Optional.empty();
  }
}
