package dev.learninglab.labs.superres.view;

import static dev.learninglab.labs.superres.model.SuperresTexts.T;

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
import dev.learninglab.core.view.Localized;
import dev.learninglab.core.view.NameRenderer;
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
  // chosen by index: 0 is FSRCNN-s, 1 the paper's FSRCNN
  final JComboBox<Integer> network = new JComboBox<>(new Integer[] {0, 1});
  final JComboBox<Recipe> recipe = new JComboBox<>(new Recipe[] {Recipe.PAPER, Recipe.TUTORIAL});
  final JSpinner epochs = new JSpinner(new SpinnerNumberModel(TrainingSpec.TAB_EPOCHS, 1, 500, 1));
  final JCheckBox resume = Localized.text(new JCheckBox(), () -> T.get("superres.resume"));
  final JButton start = Localized.text(new JButton(), () -> T.get("superres.train"));
  final JButton cancel = Localized.text(new JButton(), () -> T.get("superres.cancel"));
  private final JLabel status = new JLabel(" ");
  final TrainingCharts charts =
      new TrainingCharts(
          new TrainingCharts.Axis(
              () -> T.get("superres.chart.loss"),
              () -> T.get("superres.chart.step"),
              () -> T.get("superres.chart.mse"),
              () -> T.get("superres.chart.trainingMse"),
              () -> T.get("superres.chart.lossEmpty")),
          new TrainingCharts.Axis(
              () -> T.get("superres.chart.validation"),
              () -> T.get("superres.chart.epoch"),
              () -> T.get("superres.chart.psnr"),
              () -> T.get("superres.chart.validationPsnr"),
              () -> T.get("superres.chart.validationEmpty")));
  private TaskHandle<FsrcnnTraining.Outcome> running;

  TrainTab(LabContext context, BiConsumer<Integer, Path> onTrained) {
    super(new BorderLayout());
    this.context = context;
    this.onTrained = onTrained;
    scale.setSelectedItem(3);
    JPanel form = new JPanel(new WrapLayout(FlowLayout.LEFT, 5, 5));
    JButton browse = Localized.tip(new JButton("…"), () -> T.get("superres.browse.tip"));
    browse.addActionListener(e -> browse());
    network.setRenderer(
        new NameRenderer<Integer>(
            n -> n == 0 ? T.get("superres.network.small") : T.get("superres.network.standard")));
    recipe.setRenderer(new NameRenderer<Recipe>(TrainTab::recipeName));
    form.add(Toolbars.labelled(() -> T.get("superres.hrImages"), folder));
    form.add(browse);
    form.add(Toolbars.labelled(() -> T.get("superres.network"), network));
    form.add(Toolbars.labelled(() -> T.get("superres.recipe"), recipe));
    form.add(Toolbars.labelled(() -> T.get("superres.scale"), scale));
    form.add(Toolbars.labelled(() -> T.get("superres.epochs"), epochs));
    form.add(resume);
    form.add(start);
    form.add(cancel);
    cancel.setEnabled(false);
    start.addActionListener(e -> start());
    cancel.addActionListener(e -> running.cancel());
    add(form, BorderLayout.NORTH);
    add(charts, BorderLayout.CENTER);
    add(status, BorderLayout.SOUTH);
    Localized.tip(folder, () -> T.get("superres.folder.tip"));
    Localized.tip(recipe, () -> T.get("superres.recipe.tip"));
    recipe.addActionListener(e -> recipeChosen());
  }

  private static String recipeName(Recipe r) {
    return r == Recipe.PAPER ? T.get("superres.recipe.paper") : T.get("superres.recipe.tutorial");
  }

  private static String recipeShort(Recipe r) {
    return r == Recipe.PAPER
        ? T.get("superres.recipe.paper.short")
        : T.get("superres.recipe.tutorial.short");
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
    Localized.text(status, () -> r == Recipe.PAPER ? " " : T.get("superres.recipe.tutorialNote"));
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
    Localized.text(status, () -> T.get("superres.preparing"));
    String name = (network.getSelectedIndex() == 0 ? "FSRCNN-s" : "FSRCNN") + " ×" + s;
    running =
        context
            .tasks()
            .submit(
                T.get("superres.task.train", name, recipeShort(spec.recipe())),
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
    String run = recipeShort(spec.recipe()) + " ×" + spec.config().scale();
    SwingUtilities.invokeLater(
        () -> charts.startRun(run, () -> T.get("superres.chart.bicubic"), bicubic));
    return FsrcnnTraining.run(spec, images, validation, charts.feed(this::showEpoch), progress);
  }

  private Path catalogued(String id, String file, Progress progress) {
    try {
      return context.datasets().resolve(id, progress).file(file).getParent();
    } catch (DatasetUnavailableException e) {
      throw new IllegalStateException(T.get("superres.datasetMissing", id, e.getMessage()), e);
    }
  }

  private void trained(int s, FsrcnnTraining.Outcome outcome) {
    finished();
    int early = outcome.stopped() == StopReason.EARLY_STOP ? 1 : 0;
    Localized.text(
        status,
        () ->
            T.get(
                "superres.trained",
                outcome.bestPsnr(),
                outcome.bestEpoch(),
                outcome.seconds(),
                early));
    onTrained.accept(s, best(s));
  }

  private void ended(int s, TaskEnd end) {
    finished();
    Localized.text(
        status,
        () ->
            TrainingFailures.ending(
                end,
                () ->
                    T.get(
                        "superres.cancelled",
                        TrainingSpec.defaults(s, 1, modelDir()).checkpoint().whatIsKept())));
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
    Localized.text(
        status,
        () ->
            T.get(
                "superres.epoch",
                r.epoch(),
                r.epochs(),
                r.trainLoss(),
                r.validation(),
                r.best() ? 1 : 0,
                r.samplesPerSecond()));
  }

  String statusText() {
    return status.getText();
  }
}
