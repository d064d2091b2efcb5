package dev.learninglab.labs.audio.io;

import static dev.learninglab.labs.audio.model.AudioTexts.T;

import dev.learninglab.labs.audio.model.FrameMatrix;
import dev.learninglab.labs.audio.model.Notes;
import java.util.ArrayList;
import java.util.List;

/** The lab's heat maps, set up once here so the window and the CLI draw the same pictures. */
public final class Heatmaps {
  private Heatmaps() {}

  /** A spectrogram: dB (top 80 dB shown) or linear magnitude. */
  public static Heatmap spectrogram(
      FrameMatrix values,
      boolean db,
      int sampleRate,
      int nFft,
      int hop,
      RowAxis.FrequencyScale scale,
      String title) {
    double high = values.max();
    double low = db ? Math.max(values.min(), high - 80) : 0;
    return new Heatmap(
        values,
        RowAxis.frequency(scale, values.rows(), sampleRate / (double) nFft),
        hop / (double) sampleRate,
        T.get("audio.axis.time"),
        low,
        high,
        db ? "dB" : "|STFT|",
        Colormap.MAGMA,
        title);
  }

  /** Linear-axis spectrogram, as the CLI writes it. */
  public static Heatmap spectrogram(
      FrameMatrix values, boolean db, int sampleRate, int nFft, int hop, String title) {
    return spectrogram(values, db, sampleRate, nFft, hop, RowAxis.FrequencyScale.LINEAR, title);
  }

  /** A chromagram: pitch classes C..B, values 0..1. */
  public static Heatmap chroma(FrameMatrix chroma, int sampleRate, int hop, String title) {
    return new Heatmap(
        chroma,
        RowAxis.categories(T.get("audio.axis.pitchClass"), Notes.SHARPS),
        hop / (double) sampleRate,
        T.get("audio.axis.time"),
        0,
        1,
        "chroma",
        Colormap.VIRIDIS,
        title);
  }

  /** The chroma filter bank: pitch classes against FFT frequency, as the tutorial's figure. */
  public static Heatmap filterBank(float[][] weights, int sampleRate, int nFft) {
    FrameMatrix m = new FrameMatrix(weights);
    return new Heatmap(
        m,
        RowAxis.categories(T.get("audio.axis.pitchClass"), Notes.SHARPS),
        sampleRate / (double) nFft,
        T.get("audio.axis.frequency"),
        0,
        m.max(),
        T.get("audio.axis.weight"),
        Colormap.MAGMA,
        T.get("audio.bank.title", sampleRate, nFft));
  }

  /** MFCCs: coefficient number up the side. */
  public static Heatmap mfcc(FrameMatrix mfcc, int sampleRate, int hop, String title) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < mfcc.rows(); i++) {
      names.add(Integer.toString(i));
    }
    double extent = Math.max(Math.abs(mfcc.min()), Math.abs(mfcc.max()));
    return new Heatmap(
        mfcc,
        RowAxis.categories("MFCC", names),
        hop / (double) sampleRate,
        T.get("audio.axis.time"),
        -extent,
        extent,
        T.get("audio.axis.value"),
        Colormap.MAGMA,
        title);
  }
}
