package dev.learninglab.labs.naivebayes.view;

import static dev.learninglab.labs.naivebayes.model.NaiveBayesTexts.T;

import dev.learninglab.core.lab.LabContext;
import dev.learninglab.core.lab.RenderAware;
import dev.learninglab.core.learn.LabelledData;
import dev.learninglab.core.task.LabTask;
import dev.learninglab.core.view.Localized;
import dev.learninglab.core.view.OnEdt;
import dev.learninglab.labs.naivebayes.model.Blobs;
import dev.learninglab.labs.naivebayes.model.LabDatasets;
import dev.learninglab.labs.naivebayes.model.LabeledCsv;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;

/**
 * The naive Bayes lab: the decision-region scatter on the left; the derivation of the clicked
 * point, the comparison with the tutorial's published numbers and the cross-validation on iris and
 * digits on the right; the controls on top. It only wires widgets to {@link LabState}.
 */
public final class NaiveBayesView extends JPanel implements RenderAware {
  private final LabContext context;
  private final LabState state = new LabState();
  private final ControlsBar controls = new ControlsBar(state);
  private final RegionPlot plot;
  private final DerivationPanel derivation = new DerivationPanel(state);
  private final ComparisonPanel comparison = new ComparisonPanel();
  private final CrossValidationPanel crossValidation;
  private final CompletableFuture<Void> rendered = new CompletableFuture<>();

  public NaiveBayesView(LabContext context) {
    super(new BorderLayout());
    this.context = context;
    plot = new RegionPlot(state, this::clicked);
    crossValidation = new CrossValidationPanel(context, state::varSmoothing);
    JTabbedPane side = new JTabbedPane();
    JScrollPane derivationScroll = new JScrollPane(derivation);
    side.addTab("", derivationScroll);
    side.addTab("", comparison);
    side.addTab("", crossValidation);
    Localized.tab(side, derivationScroll, () -> T.get("naivebayes.tab.derivation"));
    Localized.tab(side, comparison, () -> T.get("naivebayes.tab.compare"));
    Localized.tab(side, crossValidation, () -> T.get("naivebayes.tab.cv"));
    side.setPreferredSize(new Dimension(560, 400));
    // a split pane honours minimum sizes: without these the side's wide content pushed the
    // divider left after a resize and left the plot ~90 px wide
    side.setMinimumSize(new Dimension(320, 200));
    plot.setMinimumSize(new Dimension(360, 300));
    JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, plot, side);
    split.setResizeWeight(0.5);
    add(controls, BorderLayout.NORTH);
    add(split, BorderLayout.CENTER);
    wire();
    load(T.get("naivebayes.load.blobs"), p -> LabDatasets.BLOBS20.load(context.datasets(), p), true)
        .thenRun(
            () -> {
              comparison.show(state.data());
              controls.showInfo(() -> T.get("naivebayes.info.start"));
              rendered.complete(null);
            });
  }

  private void wire() {
    controls.tutorial.addActionListener(
        e ->
            load(
                T.get("naivebayes.load.blobs"),
                p -> LabDatasets.BLOBS20.load(context.datasets(), p),
                true));
    controls.iris.addActionListener(
        e ->
            load(
                T.get("naivebayes.load.iris"),
                p -> LabDatasets.IRIS.load(context.datasets(), p).withFeatures(2, 3),
                false));
    controls.regenerate.addActionListener(e -> regenerate());
    controls.loadCsv.addActionListener(e -> chooseCsv());
  }

  void regenerate() {
    long seed = ((Number) controls.seed.getValue()).longValue();
    state.setData(Blobs.generate(20, Blobs.TUTORIAL_CENTRES, 1.0, seed), false);
  }

  private void clicked(double[] point) {
    if (controls.addMode.isSelected() && controls.addClass.getSelectedItem() != null) {
      state.addPoint(point, state.data().labelOf((String) controls.addClass.getSelectedItem()));
    } else {
      state.select(plot.snap(point));
    }
  }

  private void chooseCsv() {
    JFileChooser chooser = new JFileChooser();
    if (chooser.showOpenDialog(this) != JFileChooser.APPROVE_OPTION) {
      return;
    }
    File file = chooser.getSelectedFile();
    try {
      List<String> columns = LabeledCsv.columns(file.toPath());
      if (CsvLoadDialog.enoughColumns(this, file.getName(), columns)) {
        JDialog form =
            CsvLoadDialog.create(
                this, file.getName(), columns, choice -> loadCsv(file.toPath(), choice));
        form.setModal(true); // the plot waits for the learner's choice of columns
        form.setVisible(true);
      }
    } catch (Exception e) {
      controls.showProblem(e.getMessage());
    }
  }

  /** Reads a CSV with the chosen label and two features into the plot. */
  CompletableFuture<Void> loadCsv(Path file, CsvLoadDialog.Choice choice) {
    return load(
        T.get("naivebayes.load.file", file.getFileName()),
        p -> LabeledCsv.read(file, choice.label(), List.of(choice.first(), choice.second())),
        false);
  }

  /** Runs {@code source} as a task and shows its data; failures become a message, never a crash. */
  private CompletableFuture<Void> load(
      String name, LabTask<LabelledData> source, boolean tutorial) {
    return OnEdt.after(
        context.tasks().submit(name, source),
        data -> {
          state.setData(data, tutorial);
          controls.showInfo(
              () ->
                  T.get(
                      "naivebayes.info.loaded",
                      data.rows(),
                      String.join(", ", data.featureNames())));
        },
        end -> controls.showProblem(end.message()));
  }

  @Override
  public CompletionStage<?> rendered() {
    return rendered;
  }

  LabState state() {
    return state;
  }

  ControlsBar controls() {
    return controls;
  }

  RegionPlot plot() {
    return plot;
  }

  DerivationPanel derivation() {
    return derivation;
  }

  ComparisonPanel comparison() {
    return comparison;
  }

  CrossValidationPanel crossValidation() {
    return crossValidation;
  }
}
