package dev.learninglab.labs.audio.view;

import static dev.learninglab.labs.audio.model.AudioTexts.T;

import dev.learninglab.core.data.DatasetResolver;
import dev.learninglab.core.task.TaskEnd;
import dev.learninglab.core.task.TaskService;
import dev.learninglab.core.view.Localized;
import dev.learninglab.core.view.OnEdt;
import dev.learninglab.labs.audio.io.Heatmap;
import dev.learninglab.labs.audio.io.Heatmaps;
import dev.learninglab.labs.audio.io.RowAxis;
import dev.learninglab.labs.audio.model.Analysis;
import dev.learninglab.labs.audio.model.AudioFiles;
import dev.learninglab.labs.audio.model.StftSettings;
import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * The spectrogram tutorial's three panels: a guitar chord (harmonic lines), a kick (energy low and
 * short) and a snare (broadband noise), in dB on a log axis.
 */
final class ComparisonTab extends JPanel {
  private static final List<BundledSamples.Sample> SAMPLES =
      List.of(BundledSamples.GUITAR, BundledSamples.KICK, BundledSamples.SNARE);
  final List<HeatmapPanel> panels = new ArrayList<>();
  private boolean loaded;

  ComparisonTab() {
    super(new BorderLayout(0, 4));
    JPanel grid = new JPanel(new GridLayout(1, 3, 6, 0));
    for (BundledSamples.Sample s : SAMPLES) {
      HeatmapPanel p =
          new HeatmapPanel(() -> T.get("audio.comparison.loading", s.label()), null, null);
      panels.add(p);
      grid.add(p);
    }
    JLabel text =
        Localized.text(new JLabel(), () -> "<html>" + T.get("audio.comparison.note") + "</html>");
    text.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
    add(grid, BorderLayout.CENTER);
    add(text, BorderLayout.SOUTH);
  }

  /** Loads the three samples the first time the tab is shown. */
  void load(DatasetResolver datasets, TaskService tasks, Consumer<TaskEnd> ended) {
    if (loaded) {
      return;
    }
    loaded = true;
    for (int i = 0; i < SAMPLES.size(); i++) {
      BundledSamples.Sample s = SAMPLES.get(i);
      HeatmapPanel panel = panels.get(i);
      OnEdt.after(
          tasks.submit(
              T.get("audio.spec.task", s.file()),
              p ->
                  Analysis.of(
                      AudioFiles.load(
                          BundledSamples.resolve(datasets, s, p), AudioFiles.DEFAULT_RATE),
                      StftSettings.LIBROSA)),
          a -> {
            Runnable show = () -> panel.show(spectrogram(a, s));
            show.run();
            Localized.whenChanged(panel, "plot", show); // axis titles and the sample's name
          },
          ended);
    }
  }

  private static Heatmap spectrogram(Analysis a, BundledSamples.Sample s) {
    return Heatmaps.spectrogram(
        a.decibels(),
        true,
        a.clip().sampleRate(),
        2048,
        512,
        RowAxis.FrequencyScale.LOG,
        s.label());
  }
}
