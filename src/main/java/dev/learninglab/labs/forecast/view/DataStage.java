package dev.learninglab.labs.forecast.view;

import static dev.learninglab.labs.forecast.model.ForecastTexts.T;

import dev.learninglab.core.chart.ExportablePanels;
import dev.learninglab.core.io.LabHome;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskEnd;
import dev.learninglab.core.view.ErrorColour;
import dev.learninglab.core.view.Localized;
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
  private final JButton open = Localized.text(new JButton(), () -> T.get("forecast.data.open"));
  private final WrappingLabel summary = new WrappingLabel("");
  private final JPanel chartHolder = new JPanel(new BorderLayout());
  private final JTextField symbol = new JTextField(6);
  private final JPasswordField apiKey = new JPasswordField(12);
  private final JButton fetch = Localized.text(new JButton(), () -> T.get("forecast.data.fetch"));
  private CompletableFuture<Void> loaded;

  /** Where Alpha Vantage answers (a fake server in tests). */
  URI endpoint = URI.create(AlphaVantage.ENDPOINT);

  DataStage(LabContext context, Project project) {
    super(new BorderLayout(8, 8));
    this.context = context;
    this.project = project;
    setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
    JPanel controls = Toolbars.row();
    controls.add(Toolbars.labelled(() -> T.get("forecast.data.series"), choice));
    controls.add(open);
    open.setMnemonic('O');
    Localized.tip(open, () -> T.get("forecast.data.open.tip", "yyyy-MM-dd", "close"));
    controls.add(Toolbars.separator());
    controls.add(Toolbars.labelled(() -> T.get("forecast.data.symbol"), symbol));
    controls.add(Toolbars.labelled(() -> T.get("forecast.data.apiKey"), apiKey));
    controls.add(fetch);
    Localized.tip(symbol, () -> T.get("forecast.data.symbol.tip"));
    Localized.tip(apiKey, () -> T.get("forecast.data.apiKey.tip", "$ALPHAVANTAGE_API_KEY"));
    fetch.setMnemonic('F');
    Localized.tip(fetch, () -> T.get("forecast.data.fetch.tip"));
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
      showError(T.get("forecast.data.keyFailed", e.getMessage()));
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
    Localized.text(summary, () -> T.get("forecast.data.fetching", sym));
    fetch.setEnabled(false);
    CompletableFuture<Void> fetched = new CompletableFuture<>();
    OnEdt.after(
        context
            .tasks()
            .submit(T.get("forecast.task.fetch", sym), p -> client.fetch(sym, key, null)),
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
    Localized.text(summary, () -> T.get("forecast.data.reading", name.series()));
    loaded =
        OnEdt.after(
            context
                .tasks()
                .submit(
                    T.get("forecast.task.read", name.series()),
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
    Localized.text(
        summary,
        () ->
            T.get(
                "forecast.data.summary",
                s.id().toUpperCase(Locale.ROOT),
                m.n(),
                String.valueOf(m.first()),
                String.valueOf(m.last()),
                m.min(),
                m.max(),
                m.sha256().substring(0, 12),
                m.window(),
                String.valueOf(m.testFrom()),
                m.test()));
    drawChart(s);
    Localized.whenChanged(this, "chart", () -> drawChart(s));
    project.seriesLoaded(name, s);
  }

  private void drawChart(Series s) {
    chartHolder.removeAll();
    chartHolder.add(
        ExportablePanels.of(ForecastCharts.price(s, new Protocol(Protocol.DEFAULT_WINDOW))));
    chartHolder.revalidate();
    chartHolder.repaint();
  }

  private void showError(TaskEnd end) {
    showError(end.message());
  }

  private void showError(String message) {
    summary.setForeground(ErrorColour.get());
    Localized.text(summary, () -> message);
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
