package dev.learninglab.labs.forecast.view;

import dev.learninglab.core.chart.ExportablePanels;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskEnd;
import dev.learninglab.core.view.ErrorColour;
import dev.learninglab.core.view.OnEdt;
import dev.learninglab.core.view.Toolbars;
import dev.learninglab.core.view.WrappingLabel;
import dev.learninglab.labs.forecast.io.ForecastCharts;
import dev.learninglab.labs.forecast.io.SeriesSource;
import dev.learninglab.labs.forecast.model.Protocol;
import dev.learninglab.labs.forecast.model.Series;
import dev.learninglab.labs.forecast.model.SeriesName;
import dev.learninglab.labs.forecast.model.SeriesSummary;
import java.awt.BorderLayout;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JPanel;
import javax.swing.UIManager;

/** Stages 1–2: the question, and the series that answers it, read, checked and drawn. */
final class DataStage extends JPanel {
  private final LabContext context;
  private final Project project;
  private final JComboBox<String> choice = new JComboBox<>(new String[] {"goog", "vix"});
  private final JButton open = new JButton("Open CSV…");
  private final WrappingLabel summary = new WrappingLabel("Reading GOOG…");
  private final JPanel chartHolder = new JPanel(new BorderLayout());
  private CompletableFuture<Void> loaded;

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
    summary.setForeground(ErrorColour.get());
    summary.setText(end.message());
  }

  String summaryText() {
    return summary.getText();
  }
}
