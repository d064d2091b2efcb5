package dev.learninglab.labs.curves.view;

import dev.learninglab.core.chart.ExportablePanels;
import dev.learninglab.core.compute.TrainingFailures;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskEnd;
import dev.learninglab.core.task.TaskHandle;
import dev.learninglab.core.view.FittedTable;
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
  // measured on the 2 shared cores of the build machine: docs/labs/curves.md, "How long it takes"
  private static final String DURATION =
      "On two shared cores, digits at 10 epochs took 105 s for all 10 sizes (one repeat; each"
          + " repeat costs as much again); the MNIST test split at 3 epochs took 13 min. The"
          + " status bar shows the time left once 5% of the work is done.";

  private final LabContext context;
  private final JComboBox<String> dataset =
      new JComboBox<>(
          Arrays.stream(SizeDataset.values()).map(SizeDataset::id).toArray(String[]::new));
  static final String DEFAULT_SIZES_HINT = "default: 10 steps to all";
  private final JTextField sizes = new JTextField("", 14);
  private final JSpinner epochs = new JSpinner(new SpinnerNumberModel(10, 1, 100, 1));
  private final JSpinner repeats =
      new JSpinner(new SpinnerNumberModel(1, 1, SizeExperiment.MAX_REPEATS, 1));
  private final JSpinner fitFirst = new JSpinner(new SpinnerNumberModel(6, 3, 50, 1));
  private final JTextField target = new JTextField("0.95", 5);
  private final JButton run = new JButton("Train");
  private final JButton cancel = new JButton("Cancel");
  private final RecordTableModel<SizeMean> table = SizeTable.model();
  private final JPanel chart = new JPanel(new BorderLayout());
  private final JTextArea text = new JTextArea(7, 60);
  private TaskHandle<SizeReport> running;
  private List<SizeMean> points = List.of();

  SizePanel(LabContext context) {
    super(new BorderLayout(8, 8));
    this.context = context;
    setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
    sizes.setToolTipText(
        "Comma-separated training sizes; empty (the default): 10 steps up to every image"
            + " available");
    // FlatLaf draws this in the empty field, so the default shows where it applies
    sizes.putClientProperty("JTextField.placeholderText", DEFAULT_SIZES_HINT);
    JPanel controls = new JPanel(new WrapLayout(FlowLayout.LEFT, 5, 5));
    controls.add(run); // the main action first, as in every lab (docs/ui-conventions.md)
    controls.add(cancel);
    controls.add(Toolbars.labelled("Dataset:", dataset));
    controls.add(Toolbars.labelled("Sizes:", sizes));
    controls.add(Toolbars.labelled("Epochs:", epochs));
    JLabel repeatsLabel = new JLabel("Repeats:");
    repeats.setToolTipText(
        "Trainings per size, each with its own seed (initial weights and batch order): the"
            + " chart shows their mean ± 1 standard deviation and the curves are fitted to the"
            + " means");
    repeatsLabel.setToolTipText(repeats.getToolTipText());
    controls.add(Toolbars.labelled(repeatsLabel, repeats));
    controls.add(Toolbars.labelled("Fit first k:", fitFirst));
    controls.add(Toolbars.labelled("Target accuracy:", target));
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
    showCached();
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
        text.setText(
            "No measured points yet for "
                + dataset.getSelectedItem()
                + " at "
                + epochs.getValue()
                + " epochs. Press Train. "
                + DURATION);
      } else if (points.stream().anyMatch(p -> p.repeats() < wanted)) {
        text.setText(
            "Some sizes have fewer than "
                + wanted
                + " repeats measured yet: Train measures the missing ones.\n"
                + text.getText());
      }
    } catch (IOException e) {
      text.setText(e.getMessage());
    }
  }

  private void train() {
    int[] requested;
    double goal;
    try {
      requested = parseSizes(sizes.getText());
      goal = parseTarget(target.getText());
    } catch (IllegalArgumentException e) {
      text.setText(e.getMessage());
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
    text.setText("Training… progress and ETA are in the status bar.");
    running =
        context
            .tasks()
            .submit(
                "CNN size curve on " + request.dataset().id(),
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
          text.setText(
              (end instanceof TaskEnd.Failed failed
                      ? TrainingFailures.line(failed)
                      : "Cancelled; the sizes finished so far are kept.")
                  + "\n"
                  + text.getText());
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
    StringBuilder b = new StringBuilder();
    if (k >= 3) {
      double[] n = shown.stream().mapToDouble(SizeMean::size).toArray();
      double[] acc = shown.stream().mapToDouble(SizeMean::accuracy).toArray();
      fits = Extrapolation.fitAll(n, acc, k);
      double goal = safeTarget();
      for (Extrapolation.Fit f :
          Extrapolation.run(shown.stream().mapToInt(SizeMean::size).toArray(), acc, k, goal)) {
        b.append(SizeText.describe(f, goal)).append('\n');
      }
    } else if (!shown.isEmpty()) {
      b.append("At least 3 points are needed to fit the curves.");
    }
    if (shown.stream().anyMatch(p -> p.repeats() > 1)) {
      b.append(
          "Points are the mean over the repeats at each size; error bars ±1 standard deviation"
              + " (n − 1). The curves are fitted to the means.");
    }
    text.setText(b.toString());
    chart.removeAll();
    chart.add(
        ExportablePanels.of(
            SizeChart.build((String) dataset.getSelectedItem(), shown, fits, k),
            "Press Train to measure accuracy at each training-set size"));
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
        throw new IllegalArgumentException("Sizes must be positive: " + s);
      }
      return out;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Sizes must be whole numbers separated by commas, got `" + s + "`");
    }
  }

  static double parseTarget(String s) {
    if (s.isBlank()) {
      return Double.NaN;
    }
    try {
      double t = Double.parseDouble(s.trim());
      if (!(t > 0 && t < 1)) {
        throw new IllegalArgumentException("Target accuracy must lie between 0 and 1, got " + s);
      }
      return t;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Target accuracy must be a number between 0 and 1, got `" + s + "`");
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
