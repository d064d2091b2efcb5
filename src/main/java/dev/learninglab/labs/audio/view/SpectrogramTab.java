package dev.learninglab.labs.audio.view;

import dev.learninglab.core.task.TaskEnd;
import dev.learninglab.core.task.TaskService;
import dev.learninglab.core.view.OnEdt;
import dev.learninglab.core.view.Toolbars;
import dev.learninglab.labs.audio.io.Heatmap;
import dev.learninglab.labs.audio.io.Heatmaps;
import dev.learninglab.labs.audio.io.RowAxis;
import dev.learninglab.labs.audio.model.Analysis;
import dev.learninglab.labs.audio.model.AudioClip;
import dev.learninglab.labs.audio.model.FeatureCsv;
import dev.learninglab.labs.audio.model.Notes;
import dev.learninglab.labs.audio.model.StftSettings;
import dev.learninglab.labs.audio.model.Window;
import java.awt.BorderLayout;
import java.util.Locale;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * Waveform over spectrogram; n_fft, hop, window, frequency axis and dB/linear recompute at once;
 * hovering shows time, frequency, nearest note and level.
 */
final class SpectrogramTab extends JPanel {
  final JComboBox<Integer> nFft = new JComboBox<>(new Integer[] {256, 512, 1024, 2048, 4096});
  final JComboBox<Integer> hop = new JComboBox<>(new Integer[] {128, 256, 512, 1024});
  final JComboBox<Window> window = new JComboBox<>(Window.values());
  final JComboBox<RowAxis.FrequencyScale> axis = new JComboBox<>(RowAxis.FrequencyScale.values());
  final JCheckBox db = new JCheckBox("dB", true);
  final WaveformPanel waveform = new WaveformPanel();
  final HeatmapPanel heatmap;
  private final JLabel hover =
      new JLabel("Hover over the spectrogram to read time, frequency, note and level.");
  private final TaskService tasks;
  private final Consumer<TaskEnd> ended;
  private final Consumer<Analysis> analysed;
  private AudioClip clip;
  private Analysis analysis;

  /** Analyses in {@code tasks}; a failed analysis goes to {@code ended}. */
  SpectrogramTab(TaskService tasks, Consumer<TaskEnd> ended, Consumer<Analysis> analysed) {
    super(new BorderLayout(0, 4));
    this.tasks = tasks;
    this.ended = ended;
    this.analysed = analysed;
    heatmap =
        new HeatmapPanel(
            "Choose a sample or open a WAV/FLAC file to see its spectrogram",
            this::hovered,
            this::csv);
    nFft.setSelectedItem(2048);
    hop.setSelectedItem(512);
    axis.setSelectedItem(RowAxis.FrequencyScale.LOG);
    JPanel controls = Toolbars.row();
    controls.add(new JLabel("n_fft"));
    controls.add(nFft);
    controls.add(new JLabel("hop"));
    controls.add(hop);
    controls.add(new JLabel("window"));
    controls.add(window);
    controls.add(new JLabel("frequency axis"));
    controls.add(axis);
    controls.add(db);
    nFft.addActionListener(e -> recompute());
    hop.addActionListener(e -> recompute());
    window.addActionListener(e -> recompute());
    axis.addActionListener(e -> redraw());
    db.addActionListener(e -> redraw());
    JPanel plots = new JPanel(new BorderLayout());
    plots.add(waveform, BorderLayout.NORTH);
    plots.add(heatmap, BorderLayout.CENTER);
    hover.setBorder(BorderFactory.createEmptyBorder(2, 8, 4, 8));
    add(controls, BorderLayout.NORTH);
    add(plots, BorderLayout.CENTER);
    add(hover, BorderLayout.SOUTH);
  }

  void show(AudioClip c) {
    clip = c;
    waveform.show(c);
    recompute();
  }

  StftSettings settings() {
    return new StftSettings(
        (Integer) nFft.getSelectedItem(),
        (Integer) hop.getSelectedItem(),
        (Window) window.getSelectedItem());
  }

  private void recompute() {
    if (clip == null) {
      return;
    }
    AudioClip c = clip;
    StftSettings s = settings();
    OnEdt.after(
        tasks.submit("Spectrogram of " + c.source().container(), p -> Analysis.of(c, s)),
        a -> {
          if (c == clip) {
            analysis = a;
            redraw();
            analysed.accept(a);
          }
        },
        ended);
  }

  private void redraw() {
    if (analysis == null) {
      return;
    }
    StftSettings s = analysis.settings();
    boolean inDb = db.isSelected();
    heatmap.show(
        Heatmaps.spectrogram(
            inDb ? analysis.decibels() : analysis.magnitude(),
            inDb,
            analysis.clip().sampleRate(),
            s.nFft(),
            s.hop(),
            (RowAxis.FrequencyScale) axis.getSelectedItem(),
            String.format(
                Locale.ROOT,
                "%s |STFT|%s, n_fft %d, hop %d, %s window",
                inDb ? "" : "linear",
                inDb ? " in dB (ref = max)" : "",
                s.nFft(),
                s.hop(),
                s.window().scipyName())));
  }

  private void hovered(Heatmap map, int[] cell) {
    if (cell == null || analysis == null) {
      hover.setText(" ");
      return;
    }
    StftSettings s = analysis.settings();
    double hz = s.binFrequency(cell[1], analysis.clip().sampleRate());
    String note = hz > 0 ? Notes.pretty(Notes.fromFrequency(hz).name()) : "—";
    hover.setText(
        String.format(
            Locale.ROOT,
            "t = %.3f s   f = %.1f Hz (nearest note %s)   %.1f dB   |S| = %.4g",
            cell[0] * analysis.secondsPerFrame(),
            hz,
            note,
            analysis.decibels().get(cell[1], cell[0]),
            analysis.magnitude().get(cell[1], cell[0])));
  }

  private String csv() {
    if (analysis == null) {
      return "";
    }
    StftSettings s = analysis.settings();
    int sr = analysis.clip().sampleRate();
    return FeatureCsv.of(
        db.isSelected() ? analysis.decibels() : analysis.magnitude(),
        "hz",
        b -> String.format(Locale.ROOT, "%.3f", s.binFrequency(b, sr)),
        analysis.secondsPerFrame());
  }

  void cursor(double seconds) {
    waveform.cursor(seconds);
    heatmap.cursor(seconds);
  }
}
