package dev.learninglab.labs.forecast.view;

import dev.learninglab.core.chart.ExportablePanels;
import dev.learninglab.core.io.LabHome;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskEnd;
import dev.learninglab.core.view.ErrorColour;
import dev.learninglab.core.view.OnEdt;
import dev.learninglab.core.view.Toolbars;
import dev.learninglab.core.view.WrappingLabel;
import dev.learninglab.labs.forecast.io.AlphaVantage;
import dev.learninglab.labs.forecast.io.ApiKeySetting;
import dev.learninglab.labs.forecast.io.ForecastCharts;
import dev.learninglab.labs.forecast.io.SeriesSource;
import dev.learninglab.labs.forecast.model.Protocol;
import dev.learninglab.labs.forecast.model.Series;
import dev.learninglab.labs.forecast.model.SeriesName;
import dev.learninglab.labs.forecast.model.SeriesSummary;
import java.awt.BorderLayout;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import javax.swing.UIManager;

/** Stages 1–2: the question, and the series that answers it, read, checked and drawn. */
final class DataStage extends JPanel {
  private final LabContext context;
  private final Project project;
  private final JComboBox<String> choice = new JComboBox<>(new String[] {"goog", "vix"});
  private final JButton open = new JButton("Open CSV…");
  private final WrappingLabel summary = new WrappingLabel("Reading GOOG…");
  private final JPanel chartHolder = new JPanel(new BorderLayout());
  private final JTextField symbol = new JTextField(6);
  private final JPasswordField apiKey = new JPasswordField(12);
  private final JButton fetch = new JButton("Fetch");
  private CompletableFuture<Void> loaded;

  /** Where Alpha Vantage answers (a fake server in tests). */
  URI endpoint = URI.create(AlphaVantage.ENDPOINT);

  DataStage(LabContext context, Project project) {
    super(new BorderLayout(8, 8));
    this.context = context;
    this.project = project;
    setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
    JPanel controls = Toolbars.row();
    controls.add(Toolbars.labelled("Series:", choice));
    controls.add(open);
    open.setMnemonic('O');
    open.setToolTipText("A CSV with a date column (yyyy-MM-dd) and a column named close");
    controls.add(Toolbars.separator());
    controls.add(Toolbars.labelled("Symbol:", symbol));
    controls.add(Toolbars.labelled("API key:", apiKey));
    controls.add(fetch);
    symbol.setToolTipText("A ticker to download from Alpha Vantage, e.g. IBM");
    apiKey.setToolTipText(
        "Your Alpha Vantage key, kept in the lab's settings (empty: $ALPHAVANTAGE_API_KEY or the"
            + " saved key); never shown or logged");
    fetch.setMnemonic('F');
    fetch.setToolTipText("Download the symbol's full daily history and read it");
    fetch.addActionListener(e -> fetchSymbol());
    symbol.addActionListener(e -> fetchSymbol());
    add(controls, BorderLayout.NORTH);
    add(chartHolder, BorderLayout.CENTER);
    add(summary, BorderLayout.SOUTH);
    choice.addActionListener(
        e -> load(new SeriesName((String) choice.getSelectedItem(), null, null)));
    open.addActionListener(e -> chooseFile());
    load(new SeriesName(SeriesSource.GOOG, null, null));
  }

  private void chooseFile() {
    JFileChooser chooser = new JFileChooser();
    if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
      load(new SeriesName(chooser.getSelectedFile().toString(), null, null));
    }
  }

  /**
   * Saves a key typed into the field as the lab's setting, then downloads the symbol in the
   * background and reads the saved CSV; null when nothing was started (the reason is shown).
   */
  CompletableFuture<Void> fetchSymbol() {
    ApiKeySetting setting = new ApiKeySetting(LabHome.dir());
    String key;
    try {
      String typed = new String(apiKey.getPassword()).strip();
      if (!typed.isEmpty()) {
        setting.save(typed);
        apiKey.setText("");
      }
      key = setting.resolve(typed, System.getenv("ALPHAVANTAGE_API_KEY"));
    } catch (IOException e) {
      showError("Could not keep the API key in the lab's settings: " + e.getMessage());
      return null;
    }
    String sym = symbol.getText().strip();
    AlphaVantage client =
        new AlphaVantage(
            endpoint,
            LabHome.dir().resolve("forecast").resolve("prices"),
            d -> Thread.sleep(d.toMillis()),
            Duration.ofSeconds(60));
    summary.setForeground(UIManager.getColor("Label.foreground"));
    summary.setText("Fetching " + sym + " from Alpha Vantage…");
    fetch.setEnabled(false);
    CompletableFuture<Void> fetched = new CompletableFuture<>();
    OnEdt.after(
        context.tasks().submit("Fetch " + sym, p -> client.fetch(sym, key, null)),
        f -> {
          fetch.setEnabled(true);
          load(new SeriesName(f.file().toString(), null, null))
              .whenComplete((v, t) -> fetched.complete(null));
        },
        end -> {
          fetch.setEnabled(true);
          showError(end);
          fetched.complete(null);
        });
    return fetched;
  }

  /** Reads the series in the background; the future completes once it is shown (for tests). */
  CompletableFuture<Void> load(SeriesName name) {
    summary.setForeground(UIManager.getColor("Label.foreground"));
    summary.setText("Reading " + name.series() + "…");
    loaded =
        OnEdt.after(
            context
                .tasks()
                .submit(
                    "Read " + name.series(),
                    p -> SeriesSource.load(name, Protocol.DEFAULT_WINDOW, p)),
            s -> show(name, s),
            this::showError);
    return loaded;
  }

  CompletableFuture<Void> loaded() {
    return loaded;
  }

  private void show(SeriesName name, Series s) {
    SeriesSummary m = SeriesSummary.of(s, new Protocol(Protocol.DEFAULT_WINDOW));
    summary.setForeground(UIManager.getColor("Label.foreground"));
    summary.setText(
        String.format(
            Locale.ROOT,
            "%s: %d days, %s … %s, from %.2f to %.2f (sha256 %s…). The question: tomorrow's"
                + " close, from the last %d days. Windows whose target is on or after %s (the"
                + " last %d) are kept for the test.",
            s.id().toUpperCase(Locale.ROOT),
            m.n(),
            m.first(),
            m.last(),
            m.min(),
            m.max(),
            m.sha256().substring(0, 12),
            m.window(),
            m.testFrom(),
            m.test()));
    chartHolder.removeAll();
    chartHolder.add(
        ExportablePanels.of(ForecastCharts.price(s, new Protocol(Protocol.DEFAULT_WINDOW))));
    chartHolder.revalidate();
    chartHolder.repaint();
    project.seriesLoaded(name, s);
  }

  private void showError(TaskEnd end) {
    showError(end.message());
  }

  private void showError(String message) {
    summary.setForeground(ErrorColour.get());
    summary.setText(message);
  }

  JTextField symbolField() {
    return symbol;
  }

  JPasswordField apiKeyField() {
    return apiKey;
  }

  String summaryText() {
    return summary.getText();
  }
}
