package dev.learninglab.labs.forecast.view;

import dev.learninglab.core.chart.TrainingCharts;
import dev.learninglab.core.compute.CheckpointFolder;
import dev.learninglab.core.compute.EpochReport;
import dev.learninglab.core.compute.TrainingFailures;
import dev.learninglab.core.io.LabHome;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskEnd;
import dev.learninglab.core.task.TaskHandle;
import dev.learninglab.core.view.ErrorColour;
import dev.learninglab.core.view.OnEdt;
import dev.learninglab.core.view.Toolbars;
import dev.learninglab.core.view.WrappingLabel;
import dev.learninglab.labs.forecast.model.LstmSpec;
import dev.learninglab.labs.forecast.model.LstmTrainer;
import dev.learninglab.labs.forecast.model.ModelCard;
import dev.learninglab.labs.forecast.model.Protocol;
import dev.learninglab.labs.forecast.model.Series;
import dev.learninglab.labs.forecast.model.SeriesName;
import dev.learninglab.labs.forecast.model.Target;
import java.awt.BorderLayout;
import java.nio.file.Path;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import javax.swing.UIManager;

/**
 * Stage 4: the LSTM trained on the chosen series with live loss and validation charts, Cancel, and
 * the best epoch kept as one checkpoint folder under the lab's home, which the next stages use.
 */
final class TrainStage extends JPanel {
  private final LabContext context;
  private final Project project;
  private final JSpinner epochs =
      new JSpinner(new SpinnerNumberModel(40, 1, LstmSpec.MAX_EPOCHS, 10));
  private final JSpinner layers = new JSpinner(new SpinnerNumberModel(2, 1, 4, 1));
  private final JSpinner units = new JSpinner(new SpinnerNumberModel(32, 1, 512, 8));
  private final JSpinner seed = new JSpinner(new SpinnerNumberModel(0, 0, Integer.MAX_VALUE, 1));
  private final JComboBox<String> target =
      new JComboBox<>(new String[] {"next day (the question)", "window mean (wrong target)"});
  private final JCheckBox leaky = new JCheckBox("Leaky scaling (wrong)");
  final JButton train = new JButton("Train");
  final JButton cancel = new JButton("Cancel");
  private final TrainingCharts charts =
      new TrainingCharts(
          new TrainingCharts.Axis(
              "Training loss", "step", "MSE (scaled)", "training MSE", "Press Train to start"),
          new TrainingCharts.Axis(
              "Validation",
              "epoch",
              "−MSE (price²)",
              "validation −MSE",
              "One point per epoch, on the last tenth of the training windows"));
  private final WrappingLabel status =
      new WrappingLabel(
          "Train the tutorial's LSTM on the series of stage 1. The test windows are never seen:"
              + " the best epoch is chosen on the last tenth of the training windows.");
  private TaskHandle<LstmTrainer.Outcome> running;

  TrainStage(LabContext context, Project project) {
    super(new BorderLayout(8, 8));
    this.context = context;
    this.project = project;
    setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
    JPanel controls = Toolbars.row();
    controls.add(train);
    controls.add(cancel);
    controls.add(Toolbars.labelled("Epochs:", epochs));
    controls.add(Toolbars.labelled("Layers:", layers));
    controls.add(Toolbars.labelled("Units:", units));
    controls.add(Toolbars.labelled("Seed:", seed));
    controls.add(Toolbars.labelled("Target:", target));
    controls.add(leaky);
    // the seed's range is every int: size the field for a few digits, not for the largest
    ((JSpinner.DefaultEditor) seed.getEditor()).getTextField().setColumns(6);
    train.setMnemonic('T');
    cancel.setMnemonic('C');
    cancel.setEnabled(false);
    train.addActionListener(e -> start());
    cancel.addActionListener(e -> running.cancel());
    add(controls, BorderLayout.NORTH);
    add(charts, BorderLayout.CENTER);
    add(status, BorderLayout.SOUTH);
  }

  static Path modelDir() {
    return LabHome.dir().resolve("forecast").resolve("model");
  }

  /** Starts training in the background; returns its handle (for tests). */
  TaskHandle<LstmTrainer.Outcome> start() {
    Series s = project.series();
    if (s == null) {
      status.setText("Read a series in stage 1 first.");
      return null;
    }
    SeriesName name = project.name();
    LstmSpec spec =
        new LstmSpec(
            Protocol.DEFAULT_WINDOW,
            (Integer) layers.getValue(),
            (Integer) units.getValue(),
            (Integer) epochs.getValue(),
            0.001f,
            32,
            (Integer) seed.getValue(),
            target.getSelectedIndex() == 0 ? Target.NEXT : Target.WINDOW_MEAN,
            leaky.isSelected());
    train.setEnabled(false);
    cancel.setEnabled(true);
    status.setForeground(UIManager.getColor("Label.foreground"));
    status.setText("Training on " + s.id() + "…");
    charts.reset();
    Path out = modelDir();
    running =
        context
            .tasks()
            .submit(
                "Training the LSTM on " + s.id(),
                p -> LstmTrainer.train(name, s, spec, out, charts.feed(this::showEpoch), p));
    OnEdt.after(running, this::trained, this::ended);
    return running;
  }

  private void showEpoch(EpochReport r) {
    status.setText(
        String.format(
            Locale.ROOT,
            "Epoch %d/%d · loss %.6f · validation MSE %.2f%s",
            r.epoch(),
            r.epochs(),
            r.trainLoss(),
            -r.validation(),
            r.best() ? " (best so far, kept)" : ""));
  }

  private void trained(LstmTrainer.Outcome o) {
    finished();
    status.setText(
        String.format(
            Locale.ROOT,
            "Kept epoch %d (validation MSE %.2f) in %s. Stage 4 compares it with the baselines.",
            o.result().bestEpoch(),
            -o.result().bestValidation(),
            o.checkpoint().dir()));
    project.modelTrained(o.checkpoint().dir().toString());
  }

  private void ended(TaskEnd end) {
    finished();
    status.setForeground(ErrorColour.get());
    CheckpointFolder folder = CheckpointFolder.at(modelDir(), ModelCard.NAME);
    status.setText(
        end instanceof TaskEnd.Failed failed
            ? TrainingFailures.line(failed)
            : "Cancelled: " + folder.whatIsKept() + ".");
  }

  private void finished() {
    train.setEnabled(true);
    cancel.setEnabled(false);
    charts.refresh();
  }

  String statusText() {
    return status.getText();
  }
}
