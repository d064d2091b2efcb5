package dev.learninglab.labs.audio.cli;

import static dev.learninglab.labs.audio.model.AudioTexts.T;

import dev.learninglab.labs.audio.io.Heatmaps;
import dev.learninglab.labs.audio.model.AudioClip;
import dev.learninglab.labs.audio.model.Decibels;
import dev.learninglab.labs.audio.model.FeatureCsv;
import dev.learninglab.labs.audio.model.FeatureReport;
import dev.learninglab.labs.audio.model.FrameMatrix;
import dev.learninglab.labs.audio.model.Stft;
import dev.learninglab.labs.audio.model.StftSettings;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code learning-lab audio spectrogram}: |STFT| (or its dB) as librosa computes it. */
@Command(
    name = "spectrogram",
    mixinStandardHelpOptions = true,
    description = "|librosa.stft(y)| of an audio file, or amplitude_to_db(|S|, ref=max) with --db.")
public final class SpectrogramCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin AudioInput input = new AudioInput();

  @Option(
      names = "--n-fft",
      defaultValue = "2048",
      description = "FFT size (default ${DEFAULT-VALUE}).")
  int nFft;

  @Option(
      names = "--hop",
      defaultValue = "512",
      description = "Hop length (default ${DEFAULT-VALUE}).")
  int hop;

  @Option(names = "--db", description = "Decibels: amplitude_to_db(|S|, ref=np.max, top_db=80).")
  boolean db;

  @Mixin FeatureFiles files = new FeatureFiles();

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    StftSettings settings = new StftSettings(nFft, hop);
    files.refuseOverwriting(input.file);
    AudioClip clip = input.load(settings, files.csv == null ? 0 : settings.bins());
    FrameMatrix magnitude = Stft.magnitude(clip.samples(), settings);
    FrameMatrix shown = db ? Decibels.amplitudeToDb(magnitude, Decibels.Ref.MAX) : magnitude;
    int rate = clip.sampleRate();
    FeatureOutput.write(
        spec.commandLine().getOut(),
        T.get(db ? "audio.cli.spectrogramDb" : "audio.cli.spectrogram"),
        FeatureReport.of(clip, settings, shown, null),
        json,
        files.csv,
        () ->
            FeatureCsv.of(
                shown,
                "hz",
                b -> String.format(Locale.ROOT, "%.3f", settings.binFrequency(b, rate)),
                hop / (double) rate),
        files.png,
        () -> Heatmaps.spectrogram(shown, db, rate, nFft, hop, input.fileName()));
    return 0;
  }
}
