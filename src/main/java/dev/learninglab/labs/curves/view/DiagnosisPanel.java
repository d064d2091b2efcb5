package dev.learninglab.labs.curves.view;

import static dev.learninglab.labs.curves.model.CurvesTexts.T;

import dev.learninglab.core.chart.ExportablePanels;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.learn.LabelledData;
import dev.learninglab.core.task.Progress;
import dev.learninglab.core.task.TaskEnd;
import dev.learninglab.core.view.ErrorColour;
import dev.learninglab.core.view.Localized;
import dev.learninglab.core.view.NameRenderer;
import dev.learninglab.core.view.OnEdt;
import dev.learninglab.core.view.Toolbars;
import dev.learninglab.core.view.WrapLayout;
import dev.learninglab.labs.curves.model.DiagnoseReport;
import dev.learninglab.labs.curves.model.Diagnoser;
import dev.learninglab.labs.curves.model.Diagnosis;
import dev.learninglab.labs.curves.model.FoldTable;
import dev.learninglab.labs.curves.model.IrisCsv;
import dev.learninglab.labs.curves.model.LearningCurve;
import dev.learninglab.labs.curves.model.LearningCurveResult;
import dev.learninglab.labs.curves.model.Metric;
import dev.learninglab.labs.curves.model.Names;
import dev.learninglab.labs.curves.model.ValidationCurve;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.util.concurrent.CompletableFuture;
import javax.swing.BorderFactory;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JEditorPane;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;

/**
 * Part A: the iris learning curve for the C on the slider, the validation curve over C, and the
 * diagnosis in words. Every computation runs as a background task.
 */
final class DiagnosisPanel extends JPanel {
  static final long SEED = 0;
  private static final double[] CS = ValidationCurve.logSpace(-4, 4, 17);

  private final LabContext context;
  private final LogSlider slider = new LogSlider(-4, 4, 1);
  private final JLabel cLabel = new JLabel();
  private final JCheckBox shuffle =
      Localized.text(new JCheckBox("", true), () -> T.get("curves.diag.shuffle", SEED));
  private final JComboBox<Metric> metric =
      new JComboBox<>(new Metric[] {Metric.LOG_LOSS, Metric.ACCURACY});
  private final JPanel charts = new JPanel(new GridLayout(1, 2, 8, 0));
  private final JEditorPane text = new JEditorPane("text/html", "");
  private final CompletableFuture<Void> firstShown = new CompletableFuture<>();
  private LabelledData iris;
  private LearningCurveResult curve;
  private FoldTable validation;
  private Diagnosis diagnosis;
  private int requests;

  DiagnosisPanel(LabContext context) {
    super(new BorderLayout(8, 8));
    this.context = context;
    setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
    JPanel controls = new JPanel(new WrapLayout(FlowLayout.LEFT, 5, 5));
    controls.add(Toolbars.labelled(() -> T.get("curves.diag.c"), slider));
    controls.add(cLabel);
    controls.add(shuffle);
    metric.setRenderer(new NameRenderer<>(Names::metric));
    controls.add(Toolbars.labelled(() -> T.get("curves.diag.score"), metric));
    add(controls, BorderLayout.NORTH);
    add(charts, BorderLayout.CENTER);
    text.setEditable(false);
    JScrollPane scroll = new JScrollPane(text);
    scroll.setPreferredSize(new java.awt.Dimension(400, 170));
    add(scroll, BorderLayout.SOUTH);
    slider.onSettled(c -> recompute());
    shuffle.addActionListener(e -> recompute());
    metric.addActionListener(e -> redraw());
    Localized.text(cLabel, () -> T.get("curves.diag.cValue", CText.format(slider.valueC())));
    Localized.whenChanged(this, "charts", this::redraw);
    start();
  }

  /** Completes once the first curve, validation curve and diagnosis are on screen. */
  CompletableFuture<Void> firstShown() {
    return firstShown;
  }

  private void start() {
    text.setText("<p>" + DiagnosisText.escape(T.get("curves.diag.loading")) + "</p>");
    OnEdt.after(
        context
            .tasks()
            .submit(
                T.get("curves.diag.task.load"),
                p -> {
                  LabelledData data =
                      IrisCsv.read(context.datasets().resolve("iris", p).file("iris.csv"));
                  return new Loaded(data, ValidationCurve.compute(data, CS, 5, p));
                }),
        r -> {
          iris = r.iris();
          validation = r.validation();
          recompute();
        },
        this::showError);
  }

  private record Loaded(LabelledData iris, FoldTable validation) {}

  private void recompute() {
    updateCLabel();
    if (iris == null) {
      return;
    }
    double c = slider.valueC();
    Long seed = shuffle.isSelected() ? SEED : null;
    LabelledData data = iris;
    int request = ++requests;
    OnEdt.after(
        context
            .tasks()
            .submit(
                T.get("curves.diag.task.curve", CText.format(c)),
                (Progress p) ->
                    LearningCurve.compute(data, c, 5, DiagnoseReport.tutorialFractions(), seed, p)),
        r -> {
          if (request != requests) {
            return; // a newer request is under way
          }
          curve = r;
          diagnosis = Diagnoser.diagnose(r, Diagnoser.chanceLoss(data.y(), data.classCount()));
          redraw();
          firstShown.complete(null);
        },
        this::showError);
  }

  private void redraw() {
    if (curve == null) {
      return;
    }
    Metric m = (Metric) metric.getSelectedItem();
    charts.removeAll();
    charts.add(ExportablePanels.of(DiagnosisCharts.learningCurve(curve, m)));
    charts.add(ExportablePanels.of(DiagnosisCharts.validationCurve(CS, validation, m, curve.c())));
    charts.revalidate();
    charts.repaint();
    text.setText(DiagnosisText.html(diagnosis, curve));
    text.setCaretPosition(0);
  }

  private void updateCLabel() {
    cLabel.setText(T.get("curves.diag.cValue", CText.format(slider.valueC())));
  }

  private void showError(TaskEnd end) {
    text.setText(
        "<p style='color:"
            + ErrorColour.css()
            + "'>"
            + DiagnosisText.escape(end.message())
            + "</p>");
    firstShown.complete(null);
  }

  // Package-private hooks for tests.
  LogSlider slider() {
    return slider;
  }

  JCheckBox shuffleBox() {
    return shuffle;
  }

  Diagnosis diagnosis() {
    return diagnosis;
  }

  LearningCurveResult curve() {
    return curve;
  }

  String text() {
    return text.getText();
  }
}
