package dev.learninglab.labs.audio.view;

import static dev.learninglab.labs.audio.model.AudioTexts.T;

import dev.learninglab.core.task.TaskEnd;
import dev.learninglab.core.task.TaskService;
import dev.learninglab.core.view.Localized;
import dev.learninglab.core.view.NameRenderer;
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
  final JCheckBox db = Localized.text(new JCheckBox("", true), () -> T.get("audio.spec.db"));
  final WaveformPanel waveform = new WaveformPanel();
  final HeatmapPanel heatmap;
  private final JLabel hover = Localized.text(new JLabel(), () -> T.get("audio.spec.hover"));
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
    heatmap = new HeatmapPanel(() -> T.get("audio.spec.empty"), this::hovered, this::csv);
    nFft.setSelectedItem(2048);
    hop.setSelectedItem(512);
    axis.setSelectedItem(RowAxis.FrequencyScale.LOG);
    JPanel controls = Toolbars.row();
    controls.add(new JLabel("n_fft"));
    controls.add(nFft);
    controls.add(Localized.text(new JLabel(), () -> T.get("audio.spec.hop")));
    controls.add(hop);
    controls.add(Localized.text(new JLabel(), () -> T.get("audio.spec.window")));
    controls.add(window);
    controls.add(Localized.text(new JLabel(), () -> T.get("audio.spec.axis")));
    axis.setRenderer(new NameRenderer<>(RowAxis.FrequencyScale::shown));
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
    Localized.whenChanged(this, "plot", this::redraw);
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
        tasks.submit(T.get("audio.spec.task", c.source().container()), p -> Analysis.of(c, s)),
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
            T.get(
                inDb ? "audio.spec.titleDb" : "audio.spec.titleLinear",
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
        T.get(
            "audio.spec.cell",
            String.format(Locale.ROOT, "%.3f", cell[0] * analysis.secondsPerFrame()),
            String.format(Locale.ROOT, "%.1f", hz),
            note,
            String.format(Locale.ROOT, "%.1f", analysis.decibels().get(cell[1], cell[0])),
            String.format(Locale.ROOT, "%.4g", analysis.magnitude().get(cell[1], cell[0]))));
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
