package dev.learninglab.labs.audio.view;

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
    chromagram =
        new HeatmapPanel(
            "Choose a sample or open a file to see its chromagram", this::hovered, this::csv);
    filterBank =
        new HeatmapPanel(
            "The filter bank depends on the clip's rate and n_fft", null, this::bankCsv);
    JPanel plots = new JPanel(new GridLayout(2, 1, 0, 4));
    plots.add(chromagram);
    plots.add(filterBank);
    caption.setBorder(BorderFactory.createEmptyBorder(2, 8, 4, 8));
    add(plots, BorderLayout.CENTER);
    add(bars, BorderLayout.EAST);
    add(caption, BorderLayout.SOUTH);
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
            String.format(
                Locale.ROOT,
                "Chromagram (chroma_stft, estimated tuning %+.2f semitone)",
                a.tuning())));
    filterBank.show(Heatmaps.filterBank(ChromaFilterBank.weights(sr, nFft, a.tuning()), sr, nFft));
    bars.show(a.meanChroma());
    caption.setText(
        "This clip centres on "
            + Notes.pretty(a.centre())
            + ". Each frame is scaled so its strongest pitch class is 1; octaves are folded together.");
  }

  private void hovered(Heatmap map, int[] cell) {
    if (cell == null || analysis == null) {
      return;
    }
    caption.setText(
        String.format(
            Locale.ROOT,
            "t = %.3f s   pitch class %s   chroma %.3f",
            cell[0] * analysis.secondsPerFrame(),
            Notes.pretty(Notes.SHARPS.get(cell[1])),
            analysis.chroma().get(cell[1], cell[0])));
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
