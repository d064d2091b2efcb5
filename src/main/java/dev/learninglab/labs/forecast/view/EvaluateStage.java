package dev.learninglab.labs.forecast.view;

import static dev.learninglab.labs.forecast.model.ForecastTexts.T;

import dev.learninglab.core.chart.ExportablePanels;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskEnd;
import dev.learninglab.core.view.ErrorColour;
import dev.learninglab.core.view.FittedTable;
import dev.learninglab.core.view.Localized;
import dev.learninglab.core.view.OnEdt;
import dev.learninglab.core.view.RecordTableModel;
import dev.learninglab.core.view.Toolbars;
import dev.learninglab.core.view.WrappingLabel;
import dev.learninglab.labs.forecast.io.ForecastCharts;
import dev.learninglab.labs.forecast.io.ModelFolders;
import dev.learninglab.labs.forecast.model.Evaluation;
import dev.learninglab.labs.forecast.model.Metrics;
import dev.learninglab.labs.forecast.model.TestWindows;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import javax.swing.UIManager;
import org.knowm.xchart.XYChart;

/**
 * Stage 5: the model against the baselines on the test windows: the metrics table, predictions
 * against the truth, the residuals, and the verdict in words with the Diebold–Mariano test.
 */
final class EvaluateStage extends JPanel {
  /** One row of the table: a forecast's name and its errors. */
  record Row(String name, Metrics m) {}

  private final LabContext context;
  private final Project project;
  private final JLabel model = new JLabel();
  private final JSpinner walkForward = new JSpinner(new SpinnerNumberModel(0, 0, 1000, 10));
  final JButton evaluate = Localized.text(new JButton(), () -> T.get("forecast.evaluate"));
  private final RecordTableModel<Row> rows =
      new RecordTableModel<>(
          List.of(
              RecordTableModel.column(
                  () -> T.get("forecast.evaluate.col.forecast"), String.class, Row::name),
              RecordTableModel.column(() -> "MSE", r -> fmt(r.m().mse())),
              RecordTableModel.column(() -> "RMSE", r -> fmt(r.m().rmse())),
              RecordTableModel.column(() -> "MAE", r -> fmt(r.m().mae())),
              RecordTableModel.column(() -> "MASE", r -> fmt(r.m().mase()))));
  private final JPanel charts = new JPanel(new GridLayout(1, 2, 6, 0));
  private final WrappingLabel verdict =
      Localized.text(new WrappingLabel(""), () -> T.get("forecast.evaluate.intro"));

  EvaluateStage(LabContext context, Project project) {
    super(new BorderLayout(8, 8));
    this.context = context;
    this.project = project;
    setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
    JPanel controls = Toolbars.row();
    controls.add(evaluate);
    controls.add(Toolbars.labelled(() -> T.get("forecast.evaluate.walkForward"), walkForward));
    controls.add(model);
    evaluate.setMnemonic('E');
    evaluate.addActionListener(e -> start());
    add(controls, BorderLayout.NORTH);
    FittedTable table = new FittedTable(rows);
    JScrollPane tableScroll = new JScrollPane(table);
    tableScroll.setPreferredSize(new Dimension(300, 140));
    JPanel centre = new JPanel(new BorderLayout(8, 8));
    centre.add(tableScroll, BorderLayout.NORTH);
    centre.add(charts, BorderLayout.CENTER);
    add(centre, BorderLayout.CENTER);
    add(verdict, BorderLayout.SOUTH);
    project.onChange(this::showModel);
    showModel();
  }

  private void showModel() {
    String folder = project.model();
    Localized.text(
        model,
        () ->
            folder.equals(ModelFolders.SHIPPED)
                ? T.get("forecast.evaluate.model.shipped")
                : T.get("forecast.evaluate.model", folder));
  }

  /** Evaluates in the background; the future completes once the results are shown. */
  CompletableFuture<Void> start() {
    String folder = project.model();
    int k = (Integer) walkForward.getValue();
    evaluate.setEnabled(false);
    verdict.setForeground(UIManager.getColor("Label.foreground"));
    Localized.text(verdict, () -> T.get("forecast.evaluate.running"));
    return OnEdt.after(
        context
            .tasks()
            .submit(
                T.get("forecast.task.evaluate"),
                p -> ModelFolders.open(folder, p, (f, s) -> Evaluation.run(f, s, k, p))),
        this::show,
        this::showError);
  }

  private void show(Evaluation e) {
    evaluate.setEnabled(true);
    render(e);
    Localized.whenChanged(this, "results", () -> render(e));
    project.evaluated(e);
  }

  /** The table, charts and verdict of {@code e} in the current language. */
  private void render(Evaluation e) {
    TestWindows t = e.windows();
    int w = t.protocol().window();
    List<Row> table = new ArrayList<>();
    table.add(new Row("LSTM", e.lstmMetrics()));
    table.add(new Row(T.get("forecast.evaluate.persistence"), t.metrics(t.persistence())));
    table.add(new Row(T.get("forecast.evaluate.sma", w), t.metrics(t.sma())));
    table.add(new Row(T.get("forecast.evaluate.ar", w), t.metrics(t.ar())));
    if (e.walkForward() != null) {
      table.add(
          new Row(
              T.get("forecast.evaluate.lstmWalk", e.walkForward().k()), e.walkForward().lstm()));
      table.add(
          new Row(T.get("forecast.evaluate.arWalk", e.walkForward().k()), e.walkForward().ar()));
    }
    rows.setRows(table);
    XYChart predictions = ForecastCharts.predictions(e);
    XYChart residuals = ForecastCharts.residuals(e);
    charts.removeAll();
    charts.add(ExportablePanels.of(predictions));
    charts.add(ExportablePanels.of(residuals));
    charts.revalidate();
    charts.repaint();
    Localized.text(
        verdict, () -> T.get("forecast.evaluate.verdict", e.verdict(), e.dm().statistic()));
  }

  private void showError(TaskEnd end) {
    evaluate.setEnabled(true);
    verdict.setForeground(ErrorColour.get());
    Localized.text(verdict, end::message);
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  String verdictText() {
    return verdict.getText();
  }
}
