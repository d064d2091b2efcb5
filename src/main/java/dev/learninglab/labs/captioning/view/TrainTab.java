package dev.learninglab.labs.captioning.view;

import static dev.learninglab.labs.captioning.model.CaptioningTexts.T;

import dev.learninglab.core.chart.TrainingCharts;
import dev.learninglab.core.compute.TrainingFailures;
import dev.learninglab.core.compute.TrainingListener;
import dev.learninglab.core.io.LabHome;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskEnd;
import dev.learninglab.core.task.TaskHandle;
import dev.learninglab.core.view.Localized;
import dev.learninglab.core.view.OnEdt;
import dev.learninglab.core.view.Toolbars;
import dev.learninglab.labs.captioning.model.CaptionTraining;
import dev.learninglab.labs.captioning.model.ModelKind;
import dev.learninglab.labs.captioning.model.ShapesDataset;
import dev.learninglab.labs.captioning.model.TrainingSpec;
import java.awt.BorderLayout;
import java.nio.file.Path;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingUtilities;

/**
 * Trains a captioner on the shapes data inside the app, with live loss and dev BLEU-4 and a Cancel
 * that stops between steps; the best epoch then replaces the shipped model of its kind.
 */
final class TrainTab extends JPanel {

  private final LabContext context;
  private final Models models;
  final JComboBox<ModelKind> model = new JComboBox<>(ModelKind.values());
  final JSpinner epochs = new JSpinner(new SpinnerNumberModel(3, 1, 100, 1));
  final JSpinner images = new JSpinner(new SpinnerNumberModel(8000, 80, 80000, 800));
  final JButton start = Localized.text(new JButton(), () -> T.get("captioning.train"));
  final JButton cancel = Localized.text(new JButton(), () -> T.get("captioning.cancel"));
  private final JLabel status = Localized.text(new JLabel(), () -> T.get("captioning.train.idle"));
  final TrainingCharts charts =
      new TrainingCharts(
          new TrainingCharts.Axis(
              () -> T.get("captioning.chart.loss"),
              () -> T.get("captioning.chart.step"),
              () -> T.get("captioning.chart.crossEntropy"),
              () -> T.get("captioning.chart.lossSeries"),
              () -> T.get("captioning.chart.lossEmpty")),
          new TrainingCharts.Axis(
              () -> T.get("captioning.chart.validation"),
              () -> T.get("captioning.chart.epoch"),
              () -> T.get("captioning.chart.devBleu"),
              () -> "BLEU-4",
              () -> T.get("captioning.chart.validationEmpty")));
  private TaskHandle<CaptionTraining.Outcome> running;

  TrainTab(LabContext context, Models models) {
    super(new BorderLayout(0, 6));
    this.context = context;
    this.models = models;
    var bleuAxes = charts.scoreChart().getStyler();
    bleuAxes.setLegendVisible(false);
    bleuAxes.setYAxisMin(0.0);
    bleuAxes.setYAxisMax(1.0);
    model.setSelectedItem(ModelKind.V3);
    JPanel form = Toolbars.row();
    form.add(start);
    form.add(cancel);
    form.add(Toolbars.separator());
    form.add(Toolbars.labelled(() -> T.get("captioning.model"), model));
    form.add(Toolbars.labelled(() -> T.get("captioning.train.epochs"), epochs));
    form.add(Toolbars.labelled(() -> T.get("captioning.train.pictures"), images));
    cancel.setEnabled(false);
    start.addActionListener(e -> start());
    cancel.addActionListener(e -> running.cancel());
    add(form, BorderLayout.NORTH);
    add(charts, BorderLayout.CENTER);
    add(status, BorderLayout.SOUTH);
  }

  /** Where the Train tab keeps its checkpoints: {@code captioning/vN/} in the lab home. */
  static Path modelDir(ModelKind kind) {
    return trainingSpec(kind, 1).checkpointDir();
  }

  private static TrainingSpec trainingSpec(ModelKind kind, int epochs) {
    return TrainingSpec.defaults(kind, epochs, LabHome.dir().resolve("captioning"));
  }

  TaskHandle<CaptionTraining.Outcome> start() {
    ModelKind kind = (ModelKind) model.getSelectedItem();
    TrainingSpec spec = trainingSpec(kind, (Integer) epochs.getValue());
    int count = (Integer) images.getValue();
    start.setEnabled(false);
    cancel.setEnabled(true);
    charts.reset();
    Localized.text(status, () -> T.get("captioning.train.running", kind.label()));
    running =
        context
            .tasks()
            .submit(
                T.get("captioning.task.train", kind.id()),
                p ->
                    CaptionTraining.run(
                        spec,
                        ShapesDataset.generate(count, ShapesDataset.DEFAULT_SEED),
                        charts.feed(report -> {}),
                        pretrainingStatus(),
                        p));
    OnEdt.after(running, outcome -> trained(kind, outcome), end -> ended(kind, end));
    return running;
  }

  /**
   * v2's encoder pre-training learns scene attributes, not captions: its loss goes to the status
   * line, not into the caption-loss chart.
   */
  private TrainingListener pretrainingStatus() {
    return new TrainingListener() {
      @Override
      public void stepEnded(int epoch, int batch, int batches, double loss) {
        if (batch == batches || batch % 10 == 0) {
          SwingUtilities.invokeLater(
              () ->
                  Localized.text(
                      status,
                      () -> T.get("captioning.train.pretraining", epoch, batch, batches, loss)));
        }
      }
    };
  }

  private void trained(ModelKind kind, CaptionTraining.Outcome outcome) {
    finished();
    try {
      models.useTrained(kind, modelDir(kind));
      Localized.text(
          status,
          () ->
              T.get(
                  "captioning.train.done",
                  outcome.bestBleu4(),
                  outcome.bestEpoch(),
                  outcome.seconds(),
                  kind.id()));
    } catch (java.io.IOException e) {
      Localized.text(status, () -> T.get("captioning.train.unloadable", e.getMessage()));
    }
  }

  private void ended(ModelKind kind, TaskEnd end) {
    finished();
    Localized.text(
        status,
        () ->
            TrainingFailures.ending(
                end,
                () ->
                    T.get(
                        "captioning.train.cancelled",
                        trainingSpec(kind, 1).checkpoint().whatIsKept())));
  }

  private void finished() {
    start.setEnabled(true);
    cancel.setEnabled(false);
    charts.refresh();
  }

  String statusText() {
    return status.getText();
  }
}
