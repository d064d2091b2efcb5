package dev.learninglab.labs.depth.view;

import static dev.learninglab.labs.depth.model.DepthTexts.T;

import dev.learninglab.core.view.Localized;
import dev.learninglab.core.view.NameRenderer;
import dev.learninglab.core.view.WrapLayout;
import dev.learninglab.labs.depth.io.FeedStatus;
import dev.learninglab.labs.depth.io.Feeds;
import java.awt.FlowLayout;
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
    SIMULATED,
    RECORDED,
    FILE,
    LIVE;

    /** The source's name in the current language. */
    String label() {
      return switch (this) {
        case SIMULATED -> T.get("depth.source.simulated");
        case RECORDED -> T.get("depth.source.recorded");
        case FILE -> T.get("depth.source.file");
        case LIVE -> T.get("depth.source.live");
      };
    }
  }

  /** The pair the recorded replay holds. */
  static final String RECORDED_SYMBOL = "FTMUSDT";

  static final Double[] SPEED_VALUES = {1.0, 5.0, 20.0, 0.0};

  final JComboBox<Source> source = new JComboBox<>(Source.values());
  final JTextField symbol = new JTextField("ETHUSDT", 8);
  final JSpinner limit = new JSpinner(new SpinnerNumberModel(1000, 1, 5000, 100));
  final JComboBox<Double> speed = new JComboBox<>(SPEED_VALUES);
  final JButton start = Localized.text(new JButton(), () -> T.get("depth.start"));
  final JButton pause = Localized.text(new JButton(), () -> T.get("depth.pause"));
  final JLabel status = Localized.text(new JLabel(), () -> T.get("depth.notStarted"));

  /** Input problems (a bad symbol), kept apart from the status the running feed keeps updating. */
  final JLabel message = new JLabel(" ");

  private Source shownSource = Source.SIMULATED;
  private String liveSymbol = symbol.getText();
  private Runnable onSourceChange = () -> {};

  FeedBar() {
    super(new WrapLayout(FlowLayout.LEFT, 6, 2));
    source.setRenderer(new NameRenderer<>(Source::label));
    speed.setRenderer(new NameRenderer<>(FeedBar::speedName));
    add(label(() -> T.get("depth.source.label")));
    add(source);
    add(label(() -> T.get("depth.symbol")));
    add(symbol);
    add(label(() -> T.get("depth.limit")));
    add(limit);
    add(label(() -> T.get("depth.speed")));
    add(speed);
    add(start);
    add(pause);
    add(message);
    source.addActionListener(e -> sourceChanged());
    enableFields();
  }

  private static JLabel label(java.util.function.Supplier<String> text) {
    return Localized.text(new JLabel(), text);
  }

  /** A replay speed as the list shows it: 0 stands for "as fast as possible". */
  static String speedName(double speed) {
    return speed == 0 ? T.get("depth.speed.max") : T.get("depth.speed.times", speed);
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
    Localized.text(
        status,
        () -> {
          String counters =
              T.get(
                  "depth.status",
                  feedName(s.source()),
                  stateName(s.state()),
                  s.lastUpdateId(),
                  s.eventsApplied(),
                  s.eventsIgnored(),
                  s.resyncs());
          return first.isEmpty() ? counters : T.get("depth.status.message", counters, first);
        });
    status.setToolTipText( // the feed's own message, in the language it was written in
        s.message().isEmpty()
            ? null
            : "<html>"
                + s.message().replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>")
                + "</html>");
  }

  static String stateName(FeedStatus.State state) {
    return switch (state) {
      case CONNECTING -> T.get("depth.state.connecting");
      case SYNCED -> T.get("depth.state.synced");
      case RESYNCING -> T.get("depth.state.resyncing");
      case PAUSED -> T.get("depth.state.paused");
      case ENDED -> T.get("depth.state.ended");
      case FAILED -> T.get("depth.state.failed");
    };
  }

  /**
   * A feed's name ({@code FeedStatus.source()}: "simulated", "live ETHUSDT", a file's name) in the
   * current language; a file's name stays as it is.
   */
  static String feedName(String source) {
    if (source.equals(Feeds.SIMULATED)) {
      return T.get("depth.feed.simulated");
    }
    if (source.startsWith(Feeds.LIVE_PREFIX)) {
      return T.get("depth.feed.live", source.substring(Feeds.LIVE_PREFIX.length()));
    }
    return source;
  }
}
