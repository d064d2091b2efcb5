package dev.learninglab.labs.superres.view;

import static dev.learninglab.labs.superres.model.SuperresTexts.T;

import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.task.TaskEnd;
import dev.learninglab.core.task.TaskHandle;
import dev.learninglab.core.view.ErrorColour;
import dev.learninglab.core.view.FileDrop;
import dev.learninglab.core.view.Localized;
import dev.learninglab.core.view.NameRenderer;
import dev.learninglab.core.view.OnEdt;
import dev.learninglab.core.view.Toolbars;
import dev.learninglab.labs.superres.io.ImageFiles;
import dev.learninglab.labs.superres.model.LumaNetwork;
import dev.learninglab.labs.superres.model.RgbImage;
import dev.learninglab.labs.superres.model.ShippedModel;
import dev.learninglab.labs.superres.model.TrainedModel;
import java.awt.BorderLayout;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import javax.swing.BorderFactory;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToggleButton;

/**
 * The comparison tab: choose a picture, a mode, a scale, a model (FSRCNN or the fast FSRCNN-s) and
 * an engine; see original, bicubic and FSRCNN with their scores; save the FSRCNN result.
 */
final class CompareTab extends JPanel {

  static final String RESTORE = "Degrade and restore";
  static final String ENLARGE = "Enlarge";
  static final String ONNX = "ONNX Runtime";

  private final LabContext context;
  private final NetworkCache networks;
  private final ComparisonPanel comparison = new ComparisonPanel();
  private final JLabel summary =
      Localized.text(new JLabel(), () -> T.get("superres.compare.empty"));
  final JComboBox<String> sample = new JComboBox<>(SamplePhotos.NAMES.toArray(String[]::new));
  final JComboBox<String> mode = new JComboBox<>(new String[] {RESTORE, ENLARGE});
  final JComboBox<Integer> scale = new JComboBox<>(new Integer[] {2, 3, 4});
  final JComboBox<ModelChoice> model = new JComboBox<>();
  final JComboBox<String> engine = new JComboBox<>(new String[] {ONNX, "PyTorch"});
  private final JButton save = Localized.text(new JButton(), () -> T.get("superres.save"));
  final JToggleButton fit = Localized.text(new JToggleButton(), () -> T.get("superres.fit"));
  final JToggleButton errorMaps =
      Localized.text(new JToggleButton(), () -> T.get("superres.errorMaps"));
  private RgbImage picture;
  private String pictureName;
  private Comparison shown;

  CompareTab(LabContext context, NetworkCache networks) {
    super(new BorderLayout());
    this.context = context;
    this.networks = networks;
    scale.setSelectedItem(3);
    offer(TrainedModel.in(TrainTab.modelDir()), null);
    add(toolbar(), BorderLayout.NORTH);
    add(comparison, BorderLayout.CENTER);
    summary.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
    add(summary, BorderLayout.SOUTH);
    comparison.setTransferHandler(FileDrop.first(this::open, this::showProblem));
    save.setEnabled(false);
  }

  private JPanel toolbar() {
    JPanel bar = Toolbars.row();
    JButton open = Localized.text(new JButton(), () -> T.get("superres.open"));
    open.addActionListener(e -> choose());
    JToggleButton slider = Localized.text(new JToggleButton(), () -> T.get("superres.slider"));
    slider.addActionListener(e -> comparison.setSlider(slider.isSelected()));
    JToggleButton lens = Localized.text(new JToggleButton(), () -> T.get("superres.magnifier"));
    lens.addActionListener(e -> comparison.setMagnifier(lens.isSelected()));
    save.addActionListener(e -> saveResult());
    Localized.tip(fit, () -> T.get("superres.fit.tip"));
    fit.addActionListener(e -> comparison.setFit(fit.isSelected()));
    Localized.tip(errorMaps, () -> T.get("superres.errorMaps.tip"));
    mode.setRenderer(
        new NameRenderer<String>(
            m ->
                RESTORE.equals(m)
                    ? T.get("superres.mode.restore")
                    : T.get("superres.mode.enlarge")));
    errorMaps.addActionListener(e -> comparison.setErrorMaps(errorMaps.isSelected()));
    sample.addActionListener(
        e -> {
          if (sample.getSelectedItem() != null) { // none is selected while a file is shown
            loadSample((String) sample.getSelectedItem());
          }
        });
    mode.addActionListener(e -> run());
    scale.addActionListener(e -> scaleChosen());
    engine.addActionListener(e -> run());
    model.addActionListener(e -> modelChosen());
    Localized.tip(model, () -> T.get("superres.model.tip"));
    bar.add(open);
    bar.add(Toolbars.labelled(() -> T.get("superres.sample"), sample));
    bar.add(Toolbars.separator());
    bar.add(mode);
    bar.add(Toolbars.labelled(() -> T.get("superres.scale"), scale));
    bar.add(model);
    bar.add(Toolbars.labelled(() -> T.get("superres.engine"), engine));
    bar.add(Toolbars.separator());
    bar.add(fit);
    bar.add(slider);
    bar.add(lens);
    bar.add(errorMaps);
    bar.add(save);
    return bar;
  }

  /**
   * Lists the shipped models and {@code trained}, selecting {@code select} if not null (which
   * switches to its scale and runs it) or else keeping the selection.
   */
  void offer(List<TrainedModel> trained, Path select) {
    ModelChoice kept = (ModelChoice) model.getSelectedItem();
    List<ModelChoice> choices = new ArrayList<>();
    for (ShippedModel shipped : ShippedModel.values()) {
      choices.add(ModelChoice.of(shipped));
    }
    trained.forEach(t -> choices.add(ModelChoice.of(t)));
    ModelChoice chosen =
        choices.stream()
            .filter(
                c ->
                    select != null
                        ? c.trained() != null && c.trained().folder().equals(select)
                        : c.equals(kept))
            .findFirst()
            .orElse(choices.get(0));
    model.setModel(new DefaultComboBoxModel<>(choices.toArray(ModelChoice[]::new)));
    model.setSelectedItem(chosen); // fires modelChosen
  }

  /** A trained network comes with its scale; a shipped one works at any. */
  private void modelChosen() {
    ModelChoice choice = (ModelChoice) model.getSelectedItem();
    if (choice != null
        && choice.trained() != null
        && choice.trained().scale() != (Integer) scale.getSelectedItem()) {
      scale.setSelectedItem(choice.trained().scale()); // fires scaleChosen, which runs
    } else {
      run();
    }
  }

  /** Another scale than the trained network's falls back to the first shipped model. */
  private void scaleChosen() {
    ModelChoice choice = (ModelChoice) model.getSelectedItem();
    if (choice != null
        && choice.trained() != null
        && choice.trained().scale() != (Integer) scale.getSelectedItem()) {
      model.setSelectedIndex(0); // fires modelChosen, which runs
    } else {
      run();
    }
  }

  /** Loads a bundled sample photo and runs the current mode on it. */
  CompletableFuture<Comparison> loadSample(String name) {
    return load(
        name, p -> ImageFiles.read(SamplePhotos.resolve(context.datasets(), name, p)), true);
  }

  /** Loads a file and runs the current mode on it. */
  CompletableFuture<Comparison> open(Path file) {
    return load(file.getFileName().toString(), p -> ImageFiles.read(file), false);
  }

  private CompletableFuture<Comparison> load(
      String name, dev.learninglab.core.task.LabTask<RgbImage> reader, boolean isSample) {
    summary.setForeground(null);
    Localized.text(summary, () -> T.get("superres.reading", name));
    comparison.showProgress(() -> T.get("superres.reading", name));
    return thenShow(
        context.tasks().submit(T.get("superres.task.reading", name), reader),
        img -> {
          picture = img;
          pictureName = name;
          if (!isSample) {
            sample.setSelectedIndex(-1); // the box named a sample that is no longer shown
          }
          return run();
        });
  }

  /** Runs the chosen mode on the current picture in the background. */
  CompletableFuture<Comparison> run() {
    if (picture == null) {
      return CompletableFuture.completedFuture(null);
    }
    int s = (Integer) scale.getSelectedItem();
    boolean onnx = ONNX.equals(engine.getSelectedItem());
    ModelChoice choice = (ModelChoice) model.getSelectedItem();
    boolean restore = RESTORE.equals(mode.getSelectedItem());
    RgbImage img = picture;
    summary.setForeground(null);
    String name = pictureName;
    Localized.text(
        summary,
        () ->
            restore ? T.get("superres.restoring", name, s) : T.get("superres.enlarging", name, s));
    comparison.showProgress(() -> T.get("superres.loadingNetwork", s, name));
    TaskHandle<Comparison> task =
        context
            .tasks()
            .submit(
                T.get("superres.task.run", s),
                p -> {
                  LumaNetwork net = networks.get(s, choice, onnx);
                  String source = choice.source();
                  return restore
                      ? Experiment.degradeAndRestore(img, net, source)
                      : Experiment.enlarge(img, net, source);
                });
    return thenShow(task, c -> CompletableFuture.completedFuture(showResult(c)));
  }

  /**
   * Hands the task's value to {@code next} on the event thread, or shows why it ended; completes
   * with the comparison shown in the end (null when none is).
   */
  private <T> CompletableFuture<Comparison> thenShow(
      TaskHandle<T> task, Function<T, CompletionStage<Comparison>> next) {
    CompletableFuture<Comparison> outcome = new CompletableFuture<>();
    OnEdt.after(
        task,
        value -> next.apply(value).thenAccept(outcome::complete),
        end -> {
          failed(end);
          outcome.complete(null);
        });
    return outcome;
  }

  private Comparison showResult(Comparison c) {
    shown = c;
    comparison.show(c);
    errorMaps.setEnabled(c.hasErrorMaps());
    summary.setForeground(null);
    String name = pictureName;
    Localized.text(
        summary, () -> "<html>" + T.get("superres.result", name, c.summary().get()) + "</html>");
    save.setEnabled(true);
    return c;
  }

  private void failed(TaskEnd end) {
    if (end instanceof TaskEnd.Failed failed) {
      showProblem(failed.message());
    } else {
      summary.setForeground(null);
      Localized.text(summary, end::message);
    }
  }

  private void showProblem(String message) {
    summary.setForeground(ErrorColour.get());
    Localized.text(summary, () -> message);
  }

  private void choose() {
    JFileChooser chooser = new JFileChooser();
    if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
      open(chooser.getSelectedFile().toPath());
    }
  }

  private void saveResult() {
    if (shown == null) {
      return;
    }
    JFileChooser chooser = new JFileChooser();
    chooser.setSelectedFile(new File("fsrcnn-" + pictureName.replaceAll("\\.\\w+$", "") + ".png"));
    if (chooser.showSaveDialog(this) == JFileChooser.APPROVE_OPTION) {
      Path target = chooser.getSelectedFile().toPath();
      OnEdt.after(
          context
              .tasks()
              .submit(
                  T.get("superres.task.saving", target.getFileName().toString()),
                  p -> {
                    ImageFiles.writePng(ImageFiles.fromBuffered(shown.network()), target);
                    return target;
                  }),
          saved -> {},
          this::failed);
    }
  }

  /** What the panes show now (null before the first result). */
  Comparison shown() {
    return shown;
  }

  ComparisonPanel comparison() {
    return comparison;
  }

  String summaryText() {
    return summary.getText();
  }
}
