package dev.learninglab.labs.depth.view;

import static dev.learninglab.labs.depth.model.DepthTexts.T;

import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.lab.RenderAware;
import dev.learninglab.core.task.TaskHandle;
import dev.learninglab.core.view.Localized;
import dev.learninglab.core.view.WrappingLabel;
import dev.learninglab.labs.depth.io.AssetPair;
import dev.learninglab.labs.depth.io.ChartSettings;
import dev.learninglab.labs.depth.io.FeedStatus;
import dev.learninglab.labs.depth.io.Feeds;
import dev.learninglab.labs.depth.io.ReadoutText;
import dev.learninglab.labs.depth.model.ArticleQuestion;
import dev.learninglab.labs.depth.model.BandDepth;
import dev.learninglab.labs.depth.model.BookSnapshot;
import dev.learninglab.labs.depth.model.DepthReport;
import dev.learninglab.labs.depth.model.TickGrouping;
import java.awt.BorderLayout;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.BoxLayout;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.border.EmptyBorder;

/**
 * The depth lab's window: source and chart controls on top, the depth chart and the tutorial's
 * steps as tabs, the crosshair readout below. Feeds run as background tasks and only store their
 * latest status; a 10 Hz Swing timer picks it up, so a fast stream never floods the event thread.
 */
public final class DepthView extends JPanel implements RenderAware {
  static final int REPAINT_MS = 100;
  static final int TUTORIAL_REFRESH_MS = 1000;

  private final LabContext context;
  private final FeedBar feedBar = new FeedBar();
  private final ChartBar chartBar = new ChartBar(ChartSettings.defaults());
  private final DepthChartPanel chart = new DepthChartPanel();
  private final TutorialTabs tutorial = new TutorialTabs();
  private final JTabbedPane tabs = new JTabbedPane();
  private final JLabel readout = new JLabel(" ");
  private final WrappingLabel question = new WrappingLabel("");
  private final AtomicReference<FeedStatus> latest = new AtomicReference<>();
  private final CompletableFuture<Void> rendered = new CompletableFuture<>();
  private final FeedLauncher launcher;
  private FeedStatus shown;
  private BookSnapshot book;
  private long tutorialShownAt;
  private FeedTask feed;
  private TaskHandle<FeedStatus> running;

  public DepthView(LabContext context) {
    super(new BorderLayout());
    this.context = context;
    this.launcher = new FeedLauncher(context.datasets(), latest::set);
    JPanel top = new JPanel();
    top.setLayout(new BoxLayout(top, BoxLayout.Y_AXIS));
    top.add(feedBar);
    top.add(chartBar);
    add(top, BorderLayout.NORTH);
    tabs.addTab("", chart);
    Localized.tab(tabs, chart, () -> T.get("depth.tab.chart"));
    for (int i = 0; i < TutorialTabs.STEPS; i++) {
      int step = i;
      tabs.addTab("", tutorial.panel(i));
      Localized.tab(tabs, tutorial.panel(i), () -> TutorialTabs.title(step));
    }
    tabs.addChangeListener(e -> refreshTutorial(true));
    add(tabs, BorderLayout.CENTER);
    JPanel bottom = new JPanel();
    bottom.setLayout(new BoxLayout(bottom, BoxLayout.Y_AXIS));
    for (JComponent c : new JComponent[] {question, feedBar.status, readout}) {
      c.setBorder(new EmptyBorder(2, 8, 2, 8));
      c.setAlignmentX(LEFT_ALIGNMENT);
      bottom.add(c);
    }
    question.setVisible(false);
    add(bottom, BorderLayout.SOUTH);
    chart.onReadout(
        r -> readout.setText(r.map(x -> String.join("   ", ReadoutText.lines(x))).orElse(" ")));
    wire();
    // the chart, the question and the tutorial step are drawn from the book: draw them again
    Localized.whenChanged(
        this,
        "book",
        () -> {
          redraw();
          refreshTutorial(true);
        });
    new Timer(REPAINT_MS, e -> pickUp()).start();
    start(FeedBar.Source.SIMULATED);
  }

  private void wire() {
    feedBar.start.addActionListener(e -> start(feedBar.selectedSource()));
    // a new source replaces the book on show at once, not only after Restart
    feedBar.onSourceChange(() -> start(feedBar.selectedSource()));
    feedBar.pause.addActionListener(e -> togglePause());
    for (var b : chartBar.bands) {
      b.addActionListener(e -> settingsChanged());
    }
    chartBar.quote.addActionListener(e -> settingsChanged());
    chartBar.fill.addActionListener(e -> settingsChanged());
    chartBar.articleLevels.addActionListener(e -> settingsChanged());
    chartBar.tick.addActionListener(e -> settingsChanged());
    chartBar.export.addActionListener(e -> exportPng());
  }

  /** Stops the current feed and starts one from {@code source}. */
  void start(FeedBar.Source source) {
    FeedTask next;
    try {
      next = launcher.prepare(source, feedBar, this::chooseFile);
    } catch (IllegalArgumentException e) {
      feedBar.message.setText(e.getMessage()); // e.g. a symbol that is not a Binance symbol
      return;
    }
    if (next == null) {
      return; // the learner cancelled a file chooser
    }
    feedBar.message.setText(" ");
    chart.setUnits(
        switch (source) {
          case RECORDED -> AssetPair.of(FeedBar.RECORDED_SYMBOL).orElse(null);
          case LIVE -> AssetPair.of(feedBar.symbol.getText()).orElse(null);
          default -> null; // a simulated book or a file: the pair is not known
        });
    stop();
    latest.set(null);
    feed = next;
    // a stream, not a task: its state is the status line under the chart, not the status bar
    running = context.tasks().stream(T.get("depth.task", source.label()), feed);
    Localized.text(feedBar.pause, () -> T.get("depth.pause"));
    Localized.text(feedBar.start, () -> T.get("depth.restart"));
    Localized.tip(feedBar.start, () -> T.get("depth.restart.tip"));
  }

  private void stop() {
    if (running != null) {
      running.cancel();
      running = null;
    }
  }

  private void togglePause() {
    if (feed == null) {
      return;
    }
    if (feed.paused()) {
      feed.resume();
      Localized.text(feedBar.pause, () -> T.get("depth.pause"));
    } else {
      feed.pause();
      Localized.text(feedBar.pause, () -> T.get("depth.resume"));
    }
  }

  /** Timer tick: shows the feed's newest status if it changed since the last tick. */
  void pickUp() {
    FeedStatus s = latest.get();
    if (s == null || s == shown) {
      return;
    }
    shown = s;
    feedBar.showStatus(s);
    s.book()
        .ifPresent(
            b -> {
              book = b;
              redraw();
              rendered.complete(null);
            });
    if (s.state() == FeedStatus.State.FAILED) {
      rendered.complete(null);
    }
  }

  private void settingsChanged() {
    chart.setSettings(chartBar.settings());
    redraw();
    refreshTutorial(true);
  }

  /** The book as the learner asked to see it: every level, or the article's top 100. */
  private BookSnapshot shownBook() {
    return chartBar.articleLevels.isSelected() ? book.top(ChartBar.ARTICLE_LEVELS) : book;
  }

  private void redraw() {
    if (book == null) {
      return;
    }
    BookSnapshot view = shownBook();
    BookSnapshot grouped = chartBar.tick().map(t -> TickGrouping.group(view, t)).orElse(view);
    Optional<BigDecimal> fill = chart.settings().fillQuantity();
    question.setVisible(fill.isPresent());
    fill.ifPresent(q -> question.setText(ArticleQuestion.answer(view, q, chart.baseUnit())));
    chart.show(
        view,
        grouped,
        shown == null
            ? ""
            : shown.source().equals(Feeds.SIMULATED)
                ? T.get(
                    "depth.chart.titleSimulated",
                    FeedBar.feedName(shown.source()),
                    book.lastUpdateId())
                : T.get(
                    "depth.chart.title", FeedBar.feedName(shown.source()), book.lastUpdateId()));
    refreshTutorial(false);
  }

  /** Refreshes the visible tutorial step, at most once a second unless forced. */
  private void refreshTutorial(boolean force) {
    int index = tabs.getSelectedIndex() - 1;
    long now = System.currentTimeMillis();
    if (book == null || index < 0 || (!force && now - tutorialShownAt < TUTORIAL_REFRESH_MS)) {
      return;
    }
    tutorialShownAt = now;
    BigDecimal band = BigDecimal.valueOf(chart.settings().bandPercent());
    BookSnapshot view = shownBook();
    BookSnapshot clipped = BandDepth.clip(view, band);
    String note =
        T.get(
            "depth.note",
            DepthReport.text(band),
            clipped.bids().size(),
            clipped.asks().size(),
            view.bids().size(),
            view.asks().size());
    tutorial.show(index, clipped, note);
  }

  private void exportPng() {
    JFileChooser chooser = new JFileChooser();
    chooser.setSelectedFile(new File("depth-chart.png"));
    if (chooser.showSaveDialog(this) == JFileChooser.APPROVE_OPTION) {
      try {
        chart.exportPng(chooser.getSelectedFile().toPath());
        chartBar.message.setText(T.get("depth.saved", chooser.getSelectedFile()));
      } catch (IOException e) {
        chartBar.message.setText(
            T.get("depth.saveFailed", chooser.getSelectedFile(), e.getMessage()));
      }
    }
  }

  private File chooseFile(String title) {
    JFileChooser chooser = new JFileChooser();
    chooser.setDialogTitle(title);
    return chooser.showOpenDialog(SwingUtilities.getWindowAncestor(this))
            == JFileChooser.APPROVE_OPTION
        ? chooser.getSelectedFile()
        : null;
  }

  DepthChartPanel chart() {
    return chart;
  }

  FeedBar feedBar() {
    return feedBar;
  }

  ChartBar chartBar() {
    return chartBar;
  }

  JTabbedPane tabs() {
    return tabs;
  }

  FeedLauncher launcher() {
    return launcher;
  }

  JPanel tutorialPanel(int index) {
    return tutorial.panel(index);
  }

  String tutorialNote(int index) {
    return tutorial.note(index);
  }

  JLabel readoutLabel() {
    return readout;
  }

  @Override
  public CompletionStage<?> rendered() {
    return rendered;
  }
}
