package dev.learninglab.labs.audio.view;

import static dev.learninglab.labs.audio.model.AudioTexts.T;

import dev.learninglab.core.view.Localized;
import dev.learninglab.labs.audio.io.Heatmap;
import dev.learninglab.labs.audio.io.Heatmaps;
import dev.learninglab.labs.audio.model.Analysis;
import dev.learninglab.labs.audio.model.ChromaFilterBank;
import dev.learninglab.labs.audio.model.FeatureCsv;
import dev.learninglab.labs.audio.model.FrameMatrix;
import dev.learninglab.labs.audio.model.Notes;
import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * The pitch tutorial's figures: the chroma filter bank that folds the spectrum onto 12 pitch
 * classes, the chromagram over time, and the mean chroma per pitch class.
 */
final class ChromaTab extends JPanel {
  final HeatmapPanel chromagram;
  final HeatmapPanel filterBank;
  final MeanChromaBars bars = new MeanChromaBars();
  private final JLabel caption = new JLabel(" ");
  private Analysis analysis;

  ChromaTab() {
    super(new BorderLayout(6, 4));
    chromagram = new HeatmapPanel(() -> T.get("audio.chroma.empty"), this::hovered, this::csv);
    filterBank = new HeatmapPanel(() -> T.get("audio.chroma.bankEmpty"), null, this::bankCsv);
    JPanel plots = new JPanel(new GridLayout(2, 1, 0, 4));
    plots.add(chromagram);
    plots.add(filterBank);
    caption.setBorder(BorderFactory.createEmptyBorder(2, 8, 4, 8));
    add(plots, BorderLayout.CENTER);
    add(bars, BorderLayout.EAST);
    add(caption, BorderLayout.SOUTH);
    Localized.whenChanged(
        this,
        "plots",
        () -> {
          if (analysis != null) {
            show(analysis);
          }
        });
  }

  void show(Analysis a) {
    analysis = a;
    int sr = a.clip().sampleRate();
    int nFft = a.settings().nFft();
    chromagram.show(
        Heatmaps.chroma(
            a.chroma(),
            sr,
            a.settings().hop(),
            T.get("audio.chroma.title", String.format(Locale.ROOT, "%+.2f", a.tuning()))));
    filterBank.show(Heatmaps.filterBank(ChromaFilterBank.weights(sr, nFft, a.tuning()), sr, nFft));
    bars.show(a.meanChroma());
    caption.setText(T.get("audio.chroma.caption", Notes.pretty(a.centre())));
  }

  private void hovered(Heatmap map, int[] cell) {
    if (cell == null || analysis == null) {
      return;
    }
    caption.setText(
        T.get(
            "audio.chroma.cell",
            String.format(Locale.ROOT, "%.3f", cell[0] * analysis.secondsPerFrame()),
            Notes.pretty(Notes.SHARPS.get(cell[1])),
            String.format(Locale.ROOT, "%.3f", analysis.chroma().get(cell[1], cell[0]))));
  }

  private String csv() {
    return analysis == null
        ? ""
        : FeatureCsv.of(
            analysis.chroma(), "pitch_class", Notes.SHARPS::get, analysis.secondsPerFrame());
  }

  private String bankCsv() {
    if (analysis == null) {
      return "";
    }
    int sr = analysis.clip().sampleRate();
    int nFft = analysis.settings().nFft();
    FrameMatrix w = new FrameMatrix(ChromaFilterBank.weights(sr, nFft, analysis.tuning()));
    return FeatureCsv.of(w, "pitch_class", Notes.SHARPS::get, "hz", sr / (double) nFft);
  }

  void cursor(double seconds) {
    chromagram.cursor(seconds);
  }
}
