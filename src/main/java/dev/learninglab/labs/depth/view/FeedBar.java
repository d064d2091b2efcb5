package dev.learninglab.labs.depth.view;

import dev.learninglab.core.view.WrapLayout;
import dev.learninglab.labs.depth.io.FeedStatus;
import java.awt.FlowLayout;
import java.util.Locale;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;

/**
 * The source row: which book to watch (simulated, the recorded FTMUSDT replay, a snapshot file,
 * live Binance), the live symbol and depth limit, replay speed, start and pause. Its status label
 * (update id, events applied, resyncs), placed by the view under the chart, shows the sync
 * counters.
 */
final class FeedBar extends JPanel {
  enum Source {
    SIMULATED("Simulated book (offline)"),
    RECORDED("Recorded FTMUSDT replay"),
    FILE("Snapshot file…"),
    LIVE("Live Binance");

    final String label;

    Source(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /** The pair the recorded replay holds. */
  static final String RECORDED_SYMBOL = "FTMUSDT";

  static final String[] SPEEDS = {"1×", "5×", "20×", "as fast as possible"};
  static final double[] SPEED_VALUES = {1, 5, 20, 0};

  final JComboBox<Source> source = new JComboBox<>(Source.values());
  final JTextField symbol = new JTextField("ETHUSDT", 8);
  final JSpinner limit = new JSpinner(new SpinnerNumberModel(1000, 1, 5000, 100));
  final JComboBox<String> speed = new JComboBox<>(SPEEDS);
  final JButton start = new JButton("Start");
  final JButton pause = new JButton("Pause");
  final JLabel status = new JLabel("not started");

  /** Input problems (a bad symbol), kept apart from the status the running feed keeps updating. */
  final JLabel message = new JLabel(" ");

  private Source shownSource = Source.SIMULATED;
  private String liveSymbol = symbol.getText();
  private Runnable onSourceChange = () -> {};

  FeedBar() {
    super(new WrapLayout(FlowLayout.LEFT, 6, 2));
    add(new JLabel("Source"));
    add(source);
    add(new JLabel("symbol"));
    add(symbol);
    add(new JLabel("limit"));
    add(limit);
    add(new JLabel("speed"));
    add(speed);
    add(start);
    add(pause);
    add(message);
    source.addActionListener(e -> sourceChanged());
    enableFields();
  }

  /** Runs {@code action} after the fields have followed a new choice of source. */
  void onSourceChange(Runnable action) {
    onSourceChange = action;
  }

  Source selectedSource() {
    return (Source) source.getSelectedItem();
  }

  private void sourceChanged() {
    Source next = selectedSource();
    // the replay is always FTMUSDT: show that, and give the learner's live symbol back afterwards
    if (next == Source.RECORDED && shownSource != Source.RECORDED) {
      liveSymbol = symbol.getText();
      symbol.setText(RECORDED_SYMBOL);
    } else if (next != Source.RECORDED && shownSource == Source.RECORDED) {
      symbol.setText(liveSymbol);
    }
    shownSource = next;
    enableFields();
    onSourceChange.run();
  }

  private void enableFields() {
    boolean live = source.getSelectedItem() == Source.LIVE;
    symbol.setEnabled(live);
    limit.setEnabled(live);
    speed.setEnabled(!live);
  }

  double speedValue() {
    return SPEED_VALUES[speed.getSelectedIndex()];
  }

  void showStatus(FeedStatus s) {
    // long messages (a dataset that cannot be found lists every place tried) show their first
    // line here and the whole text as the tooltip
    String first = s.message().lines().findFirst().orElse("");
    status.setText(
        String.format(
            "%s · %s · update id %d · events applied %d · ignored %d · resyncs %d%s",
            s.source(),
            s.state().name().toLowerCase(Locale.ROOT),
            s.lastUpdateId(),
            s.eventsApplied(),
            s.eventsIgnored(),
            s.resyncs(),
            first.isEmpty() ? "" : " · " + first));
    status.setToolTipText(
        s.message().isEmpty()
            ? null
            : "<html>"
                + s.message().replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>")
                + "</html>");
  }
}
