package dev.learninglab.labs.superres.view;

import dev.learninglab.core.chart.TrainingCharts;
import dev.learninglab.core.compute.EpochReport;
import dev.learninglab.core.compute.StopReason;
import dev.learninglab.core.compute.TrainingFailures;
import dev.learninglab.core.data.DatasetUnavailableException;
import dev.learninglab.core.io.LabHome;
import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.Progress;
import dev.learninglab.core.task.TaskEnd;
import dev.learninglab.core.task.TaskHandle;
import dev.learninglab.core.view.OnEdt;
import dev.learninglab.core.view.Toolbars;
import dev.learninglab.core.view.WrapLayout;
import dev.learninglab.labs.superres.io.ImageFolder;
import dev.learninglab.labs.superres.model.BenchmarkSet;
import dev.learninglab.labs.superres.model.FsrcnnConfig;
import dev.learninglab.labs.superres.model.FsrcnnTraining;
import dev.learninglab.labs.superres.model.Plane;
import dev.learninglab.labs.superres.model.Recipe;
import dev.learninglab.labs.superres.model.TrainingSpec;
import dev.learninglab.labs.superres.model.YCbCr;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingUtilities;

/**
 * Trains FSRCNN in the app: a folder of HR images (T91 when the catalogued set is available), the
 * network (FSRCNN-s or the paper's full FSRCNN), the recipe (the paper's or the tutorial's), scale,
 * epochs, resume; live loss and Set5 PSNR, each recipe's last run kept on the charts beside the
 * other's; Cancel; the best epoch is handed to the comparison at once.
 */
final class TrainTab extends JPanel {

  private final LabContext context;
  private final BiConsumer<Integer, Path> onTrained;
  final JTextField folder = new JTextField(28);
  final JComboBox<Integer> scale = new JComboBox<>(new Integer[] {2, 3, 4});
  final JComboBox<String> network =
      new JComboBox<>(new String[] {"FSRCNN-s (fast)", "FSRCNN (paper)"});
  final JComboBox<String> recipe =
      new JComboBox<>(
          new String[] {"paper (Adam, cosine)", "tutorial (RMSprop, plateau, early stop)"});
  final JSpinner epochs = new JSpinner(new SpinnerNumberModel(TrainingSpec.TAB_EPOCHS, 1, 500, 1));
  final JCheckBox resume = new JCheckBox("Resume from best checkpoint");
  final JButton start = new JButton("Train");
  final JButton cancel = new JButton("Cancel");
  private final JLabel status = new JLabel(" ");
  final TrainingCharts charts =
      new TrainingCharts(
          new TrainingCharts.Axis(
              "Loss",
              "step",
              "MSE (0–1 scale)",
              "training MSE",
              "Press Train: the loss of every step appears here"),
          new TrainingCharts.Axis(
              "Validation",
              "epoch",
              "PSNR (dB)",
              "validation PSNR",
              "Validation PSNR appears after each epoch"));
  private TaskHandle<FsrcnnTraining.Outcome> running;

  TrainTab(LabContext context, BiConsumer<Integer, Path> onTrained) {
    super(new BorderLayout());
    this.context = context;
    this.onTrained = onTrained;
    scale.setSelectedItem(3);
    JPanel form = new JPanel(new WrapLayout(FlowLayout.LEFT, 5, 5));
    JButton browse = new JButton("…");
    browse.addActionListener(e -> browse());
    form.add(Toolbars.labelled("HR images", folder));
    form.add(browse);
    form.add(Toolbars.labelled("Network", network));
    form.add(Toolbars.labelled("Recipe", recipe));
    form.add(Toolbars.labelled("Scale ×", scale));
    form.add(Toolbars.labelled("Epochs (8192 sub-images)", epochs));
    form.add(resume);
    form.add(start);
    form.add(cancel);
    cancel.setEnabled(false);
    start.addActionListener(e -> start());
    cancel.addActionListener(e -> running.cancel());
    add(form, BorderLayout.NORTH);
    add(charts, BorderLayout.CENTER);
    add(status, BorderLayout.SOUTH);
    folder.setToolTipText("Empty: the catalogued T91 set (sr-t91)");
    recipe.setToolTipText(
        "The tutorial trained the full FSRCNN at ×4 on DIV2K crops; T91 stands in for DIV2K here");
    recipe.addActionListener(e -> recipeChosen());
  }

  /** Where trained weights go: ~/.learning-lab/superres/. */
  static Path modelDir() {
    return LabHome.dir().resolve("superres");
  }

  private void browse() {
    JFileChooser chooser = new JFileChooser();
    chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
    if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
      folder.setText(chooser.getSelectedFile().getPath());
    }
  }

  /** The chosen recipe's scale and network become the choices; both can still be changed. */
  private void recipeChosen() {
    Recipe r = chosenRecipe();
    scale.setSelectedItem(r.scale());
    network.setSelectedIndex(r == Recipe.PAPER ? 0 : 1);
    status.setText(
        r == Recipe.PAPER
            ? " "
            : "Tutorial recipe: T91 stands in for its DIV2K crops (it reported 26.625 dB on its"
                + " DIV2K test split, ×4).");
  }

  Recipe chosenRecipe() {
    return recipe.getSelectedIndex() == 0 ? Recipe.PAPER : Recipe.TUTORIAL;
  }

  /** What Train would train now. */
  TrainingSpec spec() {
    int s = (Integer) scale.getSelectedItem();
    FsrcnnConfig config =
        network.getSelectedIndex() == 0 ? FsrcnnConfig.small(s) : FsrcnnConfig.standard(s);
    return TrainingSpec.defaults(chosenRecipe(), s, (Integer) epochs.getValue(), modelDir())
        .withConfig(config)
        .withResume(resume.isSelected());
  }

  /** Starts training in the background; returns its handle (for tests). */
  TaskHandle<FsrcnnTraining.Outcome> start() {
    TrainingSpec spec = spec();
    int s = spec.config().scale();
    String dir = folder.getText().trim();
    start.setEnabled(false);
    cancel.setEnabled(true);
    status.setText("Preparing sub-images…");
    String name = (network.getSelectedIndex() == 0 ? "FSRCNN-s" : "FSRCNN") + " ×" + s;
    running =
        context
            .tasks()
            .submit(
                "Training " + name + " (" + spec.recipe().id() + " recipe)",
                p -> train(spec, dir, p));
    OnEdt.after(running, outcome -> trained(s, outcome), end -> ended(s, end));
    return running;
  }

  private FsrcnnTraining.Outcome train(TrainingSpec spec, String dir, Progress progress)
      throws Exception {
    Path data = dir.isEmpty() ? catalogued("sr-t91", "t1.bmp", progress) : Path.of(dir);
    Path set5 = catalogued("sr-set5", "baby.png", progress);
    List<Plane> images = ImageFolder.load(data).stream().map(i -> YCbCr.luma(i.image())).toList();
    BenchmarkSet validation = BenchmarkSet.of(ImageFolder.load(set5), spec.config().scale());
    double bicubic = validation.meanBicubicPsnr();
    String run = spec.recipe().id() + " ×" + spec.config().scale();
    SwingUtilities.invokeLater(() -> charts.startRun(run, "bicubic", bicubic));
    return FsrcnnTraining.run(spec, images, validation, charts.feed(this::showEpoch), progress);
  }

  private Path catalogued(String id, String file, Progress progress) {
    try {
      return context.datasets().resolve(id, progress).file(file).getParent();
    } catch (DatasetUnavailableException e) {
      throw new IllegalStateException(
          "Dataset "
              + id
              + " is not available here ("
              + e.getMessage()
              + "); choose a folder of images instead",
          e);
    }
  }

  private void trained(int s, FsrcnnTraining.Outcome outcome) {
    finished();
    status.setText(
        "Best Set5 PSNR %.2f dB at epoch %d (%.0f s%s); the comparison now uses it."
            .formatted(
                outcome.bestPsnr(),
                outcome.bestEpoch(),
                outcome.seconds(),
                outcome.stopped() == StopReason.EARLY_STOP ? ", stopped early" : ""));
    onTrained.accept(s, best(s));
  }

  private void ended(int s, TaskEnd end) {
    finished();
    status.setText(
        end instanceof TaskEnd.Failed failed
            ? TrainingFailures.line(failed)
            : "Cancelled: "
                + TrainingSpec.defaults(s, 1, modelDir()).checkpoint().whatIsKept()
                + "; tick Resume to continue from it.");
  }

  private void finished() {
    start.setEnabled(true);
    cancel.setEnabled(false);
    charts.refresh();
  }

  private Path best(int s) {
    return TrainingSpec.defaults(s, 1, modelDir()).checkpointDir();
  }

  private void showEpoch(EpochReport r) {
    status.setText(
        "Epoch %d/%d · loss %.5f · Set5 %.2f dB%s · %.0f sub-images/s"
            .formatted(
                r.epoch(),
                r.epochs(),
                r.trainLoss(),
                r.validation(),
                r.best() ? " (best, saved)" : "",
                r.samplesPerSecond()));
  }

  String statusText() {
    return status.getText();
  }
}
