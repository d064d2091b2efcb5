package dev.learninglab.labs.forecast.view;

import static dev.learninglab.labs.forecast.model.ForecastTexts.T;

import dev.learninglab.core.chart.TrainingCharts;
import dev.learninglab.core.compute.CheckpointFolder;
import dev.learninglab.core.compute.EpochReport;
import dev.learninglab.core.compute.TrainingFailures;
import dev.learninglab.core.io.LabHome;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskEnd;
import dev.learninglab.core.task.TaskHandle;
import dev.learninglab.core.view.ErrorColour;
import dev.learninglab.core.view.Localized;
import dev.learninglab.core.view.NameRenderer;
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
  private final JComboBox<Target> target = new JComboBox<>(Target.values());
  private final JCheckBox leaky =
      Localized.text(new JCheckBox(), () -> T.get("forecast.train.leaky"));
  final JButton train = Localized.text(new JButton(), () -> T.get("forecast.train"));
  final JButton cancel = Localized.text(new JButton(), () -> T.get("forecast.cancel"));
  private final TrainingCharts charts =
      new TrainingCharts(
          new TrainingCharts.Axis(
              () -> T.get("forecast.train.loss.title"),
              () -> T.get("forecast.train.loss.x"),
              () -> T.get("forecast.train.loss.y"),
              () -> T.get("forecast.train.loss.series"),
              () -> T.get("forecast.train.loss.empty")),
          new TrainingCharts.Axis(
              () -> T.get("forecast.train.val.title"),
              () -> T.get("forecast.train.val.x"),
              () -> T.get("forecast.train.val.y"),
              () -> T.get("forecast.train.val.series"),
              () -> T.get("forecast.train.val.empty")));
  private final WrappingLabel status =
      Localized.text(new WrappingLabel(""), () -> T.get("forecast.train.intro"));
  private TaskHandle<LstmTrainer.Outcome> running;

  TrainStage(LabContext context, Project project) {
    super(new BorderLayout(8, 8));
    this.context = context;
    this.project = project;
    setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
    JPanel controls = Toolbars.row();
    controls.add(train);
    controls.add(cancel);
    controls.add(Toolbars.labelled(() -> T.get("forecast.train.epochs"), epochs));
    controls.add(Toolbars.labelled(() -> T.get("forecast.train.layers"), layers));
    controls.add(Toolbars.labelled(() -> T.get("forecast.train.units"), units));
    controls.add(Toolbars.labelled(() -> T.get("forecast.train.seed"), seed));
    controls.add(Toolbars.labelled(() -> T.get("forecast.train.target"), target));
    controls.add(leaky);
    target.setRenderer(
        new NameRenderer<Target>(
            t ->
                switch (t) {
                  case NEXT -> T.get("forecast.train.target.next");
                  case WINDOW_MEAN -> T.get("forecast.train.target.mean");
                }));
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
      Localized.text(status, () -> T.get("forecast.train.noSeries"));
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
            (Target) target.getSelectedItem(),
            leaky.isSelected());
    train.setEnabled(false);
    cancel.setEnabled(true);
    status.setForeground(UIManager.getColor("Label.foreground"));
    Localized.text(status, () -> T.get("forecast.train.running", s.id()));
    charts.reset();
    Path out = modelDir();
    running =
        context
            .tasks()
            .submit(
                T.get("forecast.task.train", s.id()),
                p -> LstmTrainer.train(name, s, spec, out, charts.feed(this::showEpoch), p));
    OnEdt.after(running, this::trained, this::ended);
    return running;
  }

  private void showEpoch(EpochReport r) {
    Localized.text(
        status,
        () ->
            r.best()
                ? T.get(
                    "forecast.train.epoch.best",
                    r.epoch(),
                    r.epochs(),
                    r.trainLoss(),
                    -r.validation())
                : T.get(
                    "forecast.train.epoch", r.epoch(), r.epochs(), r.trainLoss(), -r.validation()));
  }

  private void trained(LstmTrainer.Outcome o) {
    finished();
    Localized.text(
        status,
        () ->
            T.get(
                "forecast.train.kept",
                o.result().bestEpoch(),
                -o.result().bestValidation(),
                o.checkpoint().dir().toString()));
    project.modelTrained(o.checkpoint().dir().toString());
  }

  private void ended(TaskEnd end) {
    finished();
    status.setForeground(ErrorColour.get());
    CheckpointFolder folder = CheckpointFolder.at(modelDir(), ModelCard.NAME);
    String line =
        end instanceof TaskEnd.Failed failed
            ? TrainingFailures.line(failed)
            : T.get("forecast.train.cancelled", folder.whatIsKept());
    Localized.text(status, () -> line);
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
