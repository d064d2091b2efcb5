package dev.learninglab.labs.curves.view;

import static dev.learninglab.labs.curves.model.CurvesTexts.T;

import dev.learninglab.core.chart.ExportablePanels;
import dev.learninglab.core.compute.TrainingFailures;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskEnd;
import dev.learninglab.core.task.TaskHandle;
import dev.learninglab.core.view.FittedTable;
import dev.learninglab.core.view.Localized;
import dev.learninglab.core.view.OnEdt;
import dev.learninglab.core.view.RecordTableModel;
import dev.learninglab.core.view.Toolbars;
import dev.learninglab.core.view.WrapLayout;
import dev.learninglab.labs.curves.model.extrapolation.Extrapolation;
import dev.learninglab.labs.curves.model.extrapolation.FittedCurve;
import dev.learninglab.labs.curves.model.size.SizeDataset;
import dev.learninglab.labs.curves.model.size.SizeExperiment;
import dev.learninglab.labs.curves.model.size.SizeMean;
import dev.learninglab.labs.curves.model.size.SizeReport;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JSplitPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;

/**
 * Part B: train the tutorial CNN at growing sizes (a cancellable background task), show the points
 * in a table and a chart, and extrapolate from the first k points. Cached points are shown as soon
 * as the dataset is chosen.
 */
final class SizePanel extends JPanel {
  private static final int SEED = 0;
  private static final int MIN_POINTS = 3; // the fewest a quadratic goes through

  private final LabContext context;
  private final JComboBox<String> dataset =
      new JComboBox<>(
          Arrays.stream(SizeDataset.values()).map(SizeDataset::id).toArray(String[]::new));
  private final JTextField sizes = new JTextField("", 14);
  private final JSpinner epochs = new JSpinner(new SpinnerNumberModel(10, 1, 100, 1));
  private final JSpinner repeats =
      new JSpinner(new SpinnerNumberModel(1, 1, SizeExperiment.MAX_REPEATS, 1));
  private final JSpinner fitFirst = new JSpinner(new SpinnerNumberModel(6, 3, 50, 1));
  private final JTextField target = new JTextField("0.95", 5);
  private final JButton run = Localized.text(new JButton(), () -> T.get("curves.size.train"));
  private final JButton cancel = Localized.text(new JButton(), () -> T.get("curves.size.cancel"));
  private final RecordTableModel<SizeMean> table = SizeTable.model();
  private final JPanel chart = new JPanel(new BorderLayout());
  private final JTextArea text = new JTextArea(7, 60);
  private TaskHandle<SizeReport> running;
  private List<SizeMean> points = List.of();
  // what the text area says, kept as a supplier so that a language switch words it again
  private Supplier<String> message = () -> "";
  private Runnable drawChart = () -> {};

  SizePanel(LabContext context) {
    super(new BorderLayout(8, 8));
    this.context = context;
    setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
    Localized.tip(sizes, () -> T.get("curves.size.sizes.tip"));
    // FlatLaf draws this in the empty field, so the default shows where it applies
    Runnable hint = () -> sizes.putClientProperty("JTextField.placeholderText", defaultSizesHint());
    hint.run();
    Localized.whenChanged(sizes, "placeholder", hint);
    JPanel controls = new JPanel(new WrapLayout(FlowLayout.LEFT, 5, 5));
    controls.add(run); // the main action first, as in every lab (docs/ui-conventions.md)
    controls.add(cancel);
    controls.add(Toolbars.labelled(() -> T.get("curves.size.dataset"), dataset));
    controls.add(Toolbars.labelled(() -> T.get("curves.size.sizes"), sizes));
    controls.add(Toolbars.labelled(() -> T.get("curves.size.epochs"), epochs));
    JLabel repeatsLabel = Localized.text(new JLabel(), () -> T.get("curves.size.repeats"));
    Localized.tip(repeats, () -> T.get("curves.size.repeats.tip"));
    Localized.tip(repeatsLabel, () -> T.get("curves.size.repeats.tip"));
    controls.add(Toolbars.labelled(repeatsLabel, repeats));
    controls.add(Toolbars.labelled(() -> T.get("curves.size.fitFirst"), fitFirst));
    controls.add(Toolbars.labelled(() -> T.get("curves.size.target"), target));
    cancel.setEnabled(false);
    add(controls, BorderLayout.NORTH);
    JSplitPane split =
        new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, new JScrollPane(new FittedTable(table)), chart);
    split.setResizeWeight(0.25);
    add(split, BorderLayout.CENTER);
    text.setEditable(false);
    text.setLineWrap(true);
    text.setWrapStyleWord(true);
    add(new JScrollPane(text), BorderLayout.SOUTH);
    run.addActionListener(e -> train());
    cancel.addActionListener(
        e -> {
          if (running != null) {
            running.cancel();
          }
        });
    dataset.addActionListener(e -> showCached());
    epochs.addChangeListener(e -> showCached());
    repeats.addChangeListener(e -> showCached());
    fitFirst.addChangeListener(e -> show(points));
    target.addActionListener(e -> show(points));
    // the text area follows by itself (say); the chart's titles and legend are drawn again
    Localized.whenChanged(this, "chart", () -> drawChart.run());
    showCached();
  }

  /** The grey hint in the empty Sizes field. */
  static String defaultSizesHint() {
    return T.get("curves.size.sizes.hint");
  }

  // measured on the 2 shared cores of the build machine: docs/labs/curves.md, "How long it takes"
  private static String duration() {
    return T.get("curves.size.duration", 10, 105, 10, 3, 13, 0.05);
  }

  /** Shows {@code text} now, and worded again after a language switch. */
  private void say(Supplier<String> text) {
    message = text;
    Localized.text(this.text, text);
  }

  /** Puts {@code first} above what the text area says now. */
  private void sayFirst(Supplier<String> first) {
    Supplier<String> rest = message;
    say(() -> first.get() + "\n" + rest.get());
  }

  private void showCached() {
    try {
      int wanted = (Integer) repeats.getValue();
      show(
          SizeExperiment.cached(
              SizeReport.caches(
                  SizeReport.cacheDir(),
                  (String) dataset.getSelectedItem(),
                  (Integer) epochs.getValue()),
              SEED,
              wanted));
      if (points.isEmpty()) {
        Object name = dataset.getSelectedItem();
        Object count = epochs.getValue();
        say(() -> T.get("curves.size.none", name, count, duration()));
      } else if (points.stream().anyMatch(p -> p.repeats() < wanted)) {
        sayFirst(() -> T.get("curves.size.fewerRepeats", wanted));
      }
    } catch (IOException e) {
      say(e::getMessage);
    }
  }

  private void train() {
    int[] requested;
    double goal;
    try {
      requested = parseSizes(sizes.getText());
      goal = parseTarget(target.getText());
    } catch (IllegalArgumentException e) {
      say(e::getMessage);
      return;
    }
    SizeReport.Request request =
        new SizeReport.Request(
            SizeDataset.byId((String) dataset.getSelectedItem()),
            requested,
            (Integer) epochs.getValue(),
            SEED,
            (Integer) repeats.getValue(),
            (Integer) fitFirst.getValue(),
            goal);
    run.setEnabled(false);
    cancel.setEnabled(true);
    say(() -> T.get("curves.size.training"));
    running =
        context
            .tasks()
            .submit(
                T.get("curves.size.task", request.dataset().id()),
                p -> SizeReport.run(request, context.datasets(), SizeReport.cacheDir(), p));
    OnEdt.after(
        running,
        report -> {
          finished();
          show(report.points());
        },
        end -> {
          finished();
          showCached();
          sayFirst(
              end instanceof TaskEnd.Failed failed
                  ? () -> TrainingFailures.line(failed)
                  : () -> T.get("curves.size.cancelled"));
        });
  }

  private void finished() {
    run.setEnabled(true);
    cancel.setEnabled(false);
  }

  private void show(List<SizeMean> shown) {
    points = shown;
    table.setRows(shown);
    int k = Math.min((Integer) fitFirst.getValue(), shown.size());
    List<FittedCurve> fits = List.of();
    List<Extrapolation.Fit> described = List.of();
    double goal = safeTarget();
    if (k >= MIN_POINTS) {
      double[] n = shown.stream().mapToDouble(SizeMean::size).toArray();
      double[] acc = shown.stream().mapToDouble(SizeMean::accuracy).toArray();
      fits = Extrapolation.fitAll(n, acc, k);
      described =
          Extrapolation.run(shown.stream().mapToInt(SizeMean::size).toArray(), acc, k, goal);
    }
    List<Extrapolation.Fit> lines = described;
    boolean tooFew = k < MIN_POINTS && !shown.isEmpty();
    boolean repeated = shown.stream().anyMatch(p -> p.repeats() > 1);
    say(
        () -> {
          StringBuilder b = new StringBuilder();
          lines.forEach(f -> b.append(SizeText.describe(f, goal)).append('\n'));
          if (tooFew) {
            b.append(T.get("curves.size.needPoints", MIN_POINTS));
          }
          if (repeated) {
            b.append(T.get("curves.size.repeatsNote"));
          }
          return b.toString();
        });
    String name = (String) dataset.getSelectedItem();
    List<FittedCurve> fitted = fits;
    drawChart = () -> drawChart(name, shown, fitted, k);
    drawChart.run();
  }

  private void drawChart(String name, List<SizeMean> shown, List<FittedCurve> fits, int k) {
    chart.removeAll();
    chart.add(
        ExportablePanels.of(
            SizeChart.build(name, shown, fits, k), () -> T.get("curves.size.empty")));
    chart.revalidate();
    chart.repaint();
  }

  private double safeTarget() {
    try {
      return parseTarget(target.getText());
    } catch (IllegalArgumentException e) {
      return Double.NaN;
    }
  }

  static int[] parseSizes(String s) {
    if (s.isBlank()) {
      return null;
    }
    try {
      int[] out =
          Arrays.stream(s.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
      if (Arrays.stream(out).anyMatch(v -> v < 1)) {
        throw new IllegalArgumentException(T.get("curves.size.error.positive", s));
      }
      return out;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(T.get("curves.size.error.notWhole", s));
    }
  }

  static double parseTarget(String s) {
    if (s.isBlank()) {
      return Double.NaN;
    }
    try {
      double t = Double.parseDouble(s.trim());
      if (!(t > 0 && t < 1)) {
        throw new IllegalArgumentException(T.get("curves.size.error.targetRange", s));
      }
      return t;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(T.get("curves.size.error.targetNumber", s));
    }
  }

  // Package-private hooks for tests.
  JTextField sizesField() {
    return sizes;
  }

  JSpinner repeatsSpinner() {
    return repeats;
  }

  JSpinner epochsSpinner() {
    return epochs;
  }

  JButton runButton() {
    return run;
  }

  String text() {
    return text.getText();
  }

  RecordTableModel<SizeMean> table() {
    return table;
  }
}
