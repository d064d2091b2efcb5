package dev.learninglab.labs.audio.view;

import dev.learninglab.core.chart.ExportablePanels;
import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.task.LabTask;
import dev.learninglab.core.task.TaskEnd;
import dev.learninglab.core.task.TaskService;
import dev.learninglab.core.view.OnEdt;
import dev.learninglab.core.view.Toolbars;
import dev.learninglab.core.view.WrappingLabel;
import dev.learninglab.labs.audio.model.AudioFiles;
import dev.learninglab.labs.audio.model.ChromaProfile;
import dev.learninglab.labs.audio.model.Notes;
import java.awt.BorderLayout;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JPanel;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XChartPanel;
import org.knowm.xchart.style.Styler;

/**
 * The article's genre comparison: the mean chroma of several clips as grouped bars, with where each
 * centres and how spread out it is. Opens on the bundled samples; the learner adds their own music.
 */
final class CompareClipsTab extends JPanel {
  static final String ARTICLE_NOTE =
      "The article compares songs of several genres: R&B centred on E, rap spread over every pitch"
          + " class, rock on C#/Db. Its songs are commercial recordings and cannot be bundled, so"
          + " choose your own music (WAV or FLAC) to compare; the bundled samples are shown until then.";

  final JButton choose = new JButton("Choose clips…");
  final JButton bundled = new JButton("Bundled samples");
  final WrappingLabel summary = new WrappingLabel("");
  private final CategoryChart chart =
      new CategoryChartBuilder()
          .width(640)
          .height(360)
          .title("Mean chroma per pitch class")
          .xAxisTitle("pitch class")
          .yAxisTitle("mean chroma")
          .build();
  private final XChartPanel<CategoryChart> chartPanel =
      ExportablePanels.of(chart, "Choose clips to compare their mean chroma");
  private final DatasetResolver datasets;
  private final TaskService tasks;
  private final Consumer<TaskEnd> ended;
  private boolean loaded;

  CompareClipsTab(DatasetResolver datasets, TaskService tasks, Consumer<TaskEnd> ended) {
    super(new BorderLayout(0, 4));
    this.datasets = datasets;
    this.tasks = tasks;
    this.ended = ended;
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setOverlapped(false);
    JPanel bar = Toolbars.row();
    bar.add(choose);
    bar.add(bundled);
    choose.setMnemonic('C');
    choose.addActionListener(e -> chooseClips());
    bundled.addActionListener(e -> compareBundled());
    JPanel text = new JPanel(new BorderLayout());
    text.add(summary, BorderLayout.NORTH);
    text.add(new WrappingLabel(ARTICLE_NOTE), BorderLayout.SOUTH);
    add(bar, BorderLayout.NORTH);
    add(chartPanel, BorderLayout.CENTER);
    add(text, BorderLayout.SOUTH);
  }

  /** Compares the bundled samples the first time the tab is shown. */
  void load() {
    if (!loaded) {
      loaded = true;
      compareBundled();
    }
  }

  private void compareBundled() {
    compare(
        "Mean chroma of the bundled samples",
        p -> {
          List<ChromaProfile> out = new ArrayList<>();
          for (BundledSamples.Sample s : BundledSamples.ALL) {
            Path file = BundledSamples.resolve(datasets, s, p);
            out.add(ChromaProfile.of(s.label(), AudioFiles.load(file, AudioFiles.DEFAULT_RATE)));
          }
          return out;
        });
  }

  private void chooseClips() {
    JFileChooser chooser = new JFileChooser();
    chooser.setDialogTitle("Clips to compare");
    chooser.setMultiSelectionEnabled(true);
    chooser.setFileFilter(new FileNameExtensionFilter("WAV or FLAC audio", "wav", "flac"));
    if (chooser.showOpenDialog(this) != JFileChooser.APPROVE_OPTION) {
      return;
    }
    List<Path> files = Arrays.stream(chooser.getSelectedFiles()).map(File::toPath).toList();
    compare(files);
  }

  /** Compares the given files; one that cannot be read ends the task with its one-line reason. */
  void compare(List<Path> files) {
    if (files.isEmpty()) {
      return;
    }
    compare(
        "Mean chroma of " + files.size() + " clips",
        p -> {
          List<ChromaProfile> out = new ArrayList<>();
          for (Path f : files) {
            out.add(
                ChromaProfile.of(
                    f.getFileName().toString(), AudioFiles.load(f, AudioFiles.DEFAULT_RATE)));
          }
          return out;
        });
  }

  private void compare(String title, LabTask<List<ChromaProfile>> work) {
    choose.setEnabled(false);
    bundled.setEnabled(false);
    OnEdt.after(
        tasks.submit(title, work),
        this::show,
        end -> {
          choose.setEnabled(true);
          bundled.setEnabled(true);
          ended.accept(end);
        });
  }

  private void show(List<ChromaProfile> profiles) {
    choose.setEnabled(true);
    bundled.setEnabled(true);
    for (String name : new ArrayList<>(chart.getSeriesMap().keySet())) {
      chart.removeSeries(name);
    }
    StringBuilder text = new StringBuilder();
    for (ChromaProfile p : profiles) {
      List<Double> means = Arrays.stream(p.meanChroma()).boxed().toList();
      chart.addSeries(uniqueName(p.name()), Notes.SHARPS, means);
      text.append(
          String.format(
              Locale.ROOT, "%s: centres on %s, spread %.2f.  ", p.name(), p.centre(), p.spread()));
    }
    summary.setText(text + "Spread: 0 = one pitch class only, 1 = all twelve alike.");
    chartPanel.revalidate();
    chartPanel.repaint();
  }

  private String uniqueName(String name) {
    String unique = name;
    for (int i = 2; chart.getSeriesMap().containsKey(unique); i++) {
      unique = name + " (" + i + ")";
    }
    return unique;
  }
}
