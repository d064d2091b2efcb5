package dev.learninglab.labs.forecast.view;

import dev.learninglab.core.chart.ExportablePanels;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskEnd;
import dev.learninglab.core.view.ErrorColour;
import dev.learninglab.core.view.OnEdt;
import dev.learninglab.core.view.Toolbars;
import dev.learninglab.core.view.WrapLayout;
import dev.learninglab.core.view.WrappingLabel;
import dev.learninglab.labs.forecast.io.SeriesSource;
import dev.learninglab.labs.forecast.model.Protocol;
import dev.learninglab.labs.forecast.model.Series;
import dev.learninglab.labs.forecast.model.SeriesSummary;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.Locale;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JComboBox;
import javax.swing.JPanel;
import javax.swing.UIManager;
import org.knowm.xchart.XYChart;

/** Stage 1–2: the question, and the series that answers it, read, checked and drawn. */
final class DataStage extends JPanel {
  private final LabContext context;
  private final JComboBox<String> choice = new JComboBox<>(new String[] {"goog", "vix"});
  private final WrappingLabel summary = new WrappingLabel("Loading GOOG…");
  private final JPanel chartHolder = new JPanel(new BorderLayout());
  private final Consumer<Series> loaded;

  DataStage(LabContext context, Consumer<Series> loaded) {
    super(new BorderLayout(8, 8));
    this.context = context;
    this.loaded = loaded;
    setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
    JPanel controls = new JPanel(new WrapLayout(FlowLayout.LEFT, 5, 5));
    controls.add(Toolbars.labelled("Series:", choice));
    add(controls, BorderLayout.NORTH);
    add(chartHolder, BorderLayout.CENTER);
    add(summary, BorderLayout.SOUTH);
    choice.addActionListener(e -> load((String) choice.getSelectedItem()));
    load(SeriesSource.GOOG);
  }

  private void load(String name) {
    summary.setForeground(UIManager.getColor("Label.foreground"));
    summary.setText("Reading " + name + "…");
    OnEdt.after(
        context
            .tasks()
            .submit(
                "Read " + name,
                p -> SeriesSource.load(name, null, null, Protocol.DEFAULT_WINDOW, p)),
        this::show,
        this::showError);
  }

  private void show(Series s) {
    SeriesSummary m = SeriesSummary.of(s, new Protocol(Protocol.DEFAULT_WINDOW));
    summary.setText(
        String.format(
            Locale.ROOT,
            "%s: %d days, %s … %s, from %.2f to %.2f. The question: tomorrow's close, from the"
                + " last %d days. The last %d windows (targets from %s) are kept for the test.",
            s.id().toUpperCase(Locale.ROOT),
            m.n(),
            m.first(),
            m.last(),
            m.min(),
            m.max(),
            m.window(),
            m.test(),
            m.testFrom()));
    XYChart chart = SeriesCharts.price(s, new Protocol(Protocol.DEFAULT_WINDOW));
    chartHolder.removeAll();
    chartHolder.add(ExportablePanels.of(chart));
    chartHolder.revalidate();
    loaded.accept(s);
  }

  private void showError(TaskEnd end) {
    summary.setForeground(ErrorColour.get());
    summary.setText(end.message());
  }
}
