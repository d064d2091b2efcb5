package dev.learninglab.labs.depth.view;

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
  final JCheckBox quote = new JCheckBox("quote value");
  final JComboBox<String> tick =
      new JComboBox<>(new String[] {"as listed", "0.00001", "0.0001", "0.001", "0.01", "0.1", "1"});
  final JCheckBox articleLevels = new JCheckBox("top " + ARTICLE_LEVELS + " levels");
  final JTextField fill = new JTextField(8);
  final JButton export = new JButton("Export PNG…");
  final JLabel message = new JLabel(" ");

  ChartBar(ChartSettings initial) {
    super(new WrapLayout(FlowLayout.LEFT, 6, 2));
    add(new JLabel("band ±"));
    ButtonGroup group = new ButtonGroup();
    for (int i = 0; i < bands.length; i++) {
      bands[i] = new JToggleButton(DepthChartPainter.number(ChartSettings.BANDS[i]) + " %");
      bands[i].setSelected(ChartSettings.BANDS[i] == initial.bandPercent());
      group.add(bands[i]);
      add(bands[i]);
    }
    add(quote);
    tick.setEditable(true);
    add(Toolbars.labelled("group by tick", tick));
    articleLevels.setToolTipText(
        "Show only the best "
            + ARTICLE_LEVELS
            + " levels per side, as the article's Binance request did");
    add(articleLevels);
    fill.setToolTipText("Quantity of a market buy and sell to walk through the book");
    add(Toolbars.labelled("fill N units", fill));
    add(export);
    add(message);
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
    return new ChartSettings(band, quote.isSelected(), positive(fill.getText(), "Fill quantity"));
  }

  /** The grouping tick, empty for "as listed" or invalid input (reported). */
  Optional<BigDecimal> tick() {
    Object v = tick.getSelectedItem();
    String text = v == null ? "" : v.toString().trim();
    return text.isEmpty() || text.equals("as listed") ? Optional.empty() : positive(text, "Tick");
  }

  private Optional<BigDecimal> positive(String text, String what) {
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
    message.setText(what + " \"" + text.trim() + "\" is not a positive number");
    return Optional.empty();
  }
}
