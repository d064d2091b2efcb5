package dev.learninglab.labs.audio.view;

import static dev.learninglab.labs.audio.model.AudioTexts.T;

import dev.learninglab.core.chart.ExportablePanels;
import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.task.LabTask;
import dev.learninglab.core.task.TaskEnd;
import dev.learninglab.core.task.TaskService;
import dev.learninglab.core.view.Localized;
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
  final JButton choose = Localized.text(new JButton(), () -> T.get("audio.compare.choose"));
  final JButton bundled = Localized.text(new JButton(), () -> T.get("audio.compare.bundled"));
  final WrappingLabel summary = new WrappingLabel("");
  private final CategoryChart chart = new CategoryChartBuilder().width(640).height(360).build();
  private final XChartPanel<CategoryChart> chartPanel =
      ExportablePanels.of(chart, () -> T.get("audio.compare.empty"));
  private List<ChromaProfile> shown = List.of();
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
    text.add(
        Localized.text(new WrappingLabel(""), () -> T.get("audio.compare.note")),
        BorderLayout.SOUTH);
    nameAxes();
    Localized.whenChanged(
        this,
        "chart",
        () -> {
          nameAxes();
          summarise();
          chartPanel.repaint();
        });
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
        T.get("audio.compare.task.bundled"),
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
    chooser.setDialogTitle(T.get("audio.compare.dialog"));
    chooser.setMultiSelectionEnabled(true);
    chooser.setFileFilter(
        new FileNameExtensionFilter(T.get("audio.compare.filter"), "wav", "flac"));
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
        T.get("audio.compare.task.files", files.size()),
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
    for (ChromaProfile p : profiles) {
      List<Double> means = Arrays.stream(p.meanChroma()).boxed().toList();
      chart.addSeries(uniqueName(p.name()), Notes.SHARPS, means);
    }
    shown = profiles;
    summarise();
    chartPanel.revalidate();
    chartPanel.repaint();
  }

  private void nameAxes() {
    chart.setTitle(T.get("audio.compare.chartTitle"));
    chart.setXAxisTitle(T.get("audio.axis.pitchClass"));
    chart.setYAxisTitle(T.get("audio.compare.y"));
  }

  /** Where each clip centres and how spread it is, in the current language. */
  private void summarise() {
    if (shown.isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder();
    for (ChromaProfile p : shown) {
      text.append(T.get("audio.compare.clip", p.name(), p.centre(), p.spread())).append("  ");
    }
    summary.setText(text + T.get("audio.compare.spread"));
  }

  private String uniqueName(String name) {
    String unique = name;
    for (int i = 2; chart.getSeriesMap().containsKey(unique); i++) {
      unique = name + " (" + i + ")";
    }
    return unique;
  }
}
