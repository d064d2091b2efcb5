package dev.learninglab.labs.audio.cli;

import dev.learninglab.labs.audio.model.AudioClip;
import dev.learninglab.labs.audio.model.AudioFiles;
import dev.learninglab.labs.audio.model.Chromagram;
import dev.learninglab.labs.audio.model.FeatureCsv;
import dev.learninglab.labs.audio.model.FeatureReport;
import dev.learninglab.labs.audio.model.Notes;
import dev.learninglab.labs.audio.model.StftSettings;
import dev.learninglab.labs.audio.view.Heatmaps;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code learning-lab audio chroma}: {@code librosa.feature.chroma_stft}. */
@Command(
    name = "chroma",
    mixinStandardHelpOptions = true,
    description = "librosa.feature.chroma_stft(y, sr): 12 pitch classes C..B per frame.")
public final class ChromaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "A WAV or FLAC file.")
  Path file;

  @Option(
      names = "--sr",
      defaultValue = "22050",
      converter = SampleRateOption.class,
      description = "Target rate in Hz, or `native` (default ${DEFAULT-VALUE}).")
  int sr;

  @Option(
      names = "--tuning",
      defaultValue = "auto",
      description = "`auto` (librosa.estimate_tuning) or a deviation in semitones, -0.5..0.5.")
  String tuning;

  @Option(names = "--png", paramLabel = "OUT", description = "Write the chromagram as PNG.")
  Path png;

  @Option(names = "--csv", paramLabel = "OUT", description = "Write the full array as CSV.")
  Path csv;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    OptionalDouble fixed = parseTuning(tuning);
    StftSettings settings = StftSettings.LIBROSA;
    AudioClip clip = AudioFiles.load(file, sr);
    Chromagram.Result r = Chromagram.compute(clip.samples(), clip.sampleRate(), settings, fixed);
    FeatureOutput.write(
        spec.commandLine().getOut(),
        "Chromagram",
        FeatureReport.of(clip, settings, r.chroma(), r.tuning()),
        json,
        csv,
        () ->
            FeatureCsv.of(
                r.chroma(),
                "pitch_class",
                Notes.SHARPS::get,
                settings.hop() / (double) clip.sampleRate()),
        png,
        () ->
            Heatmaps.chroma(
                r.chroma(), clip.sampleRate(), settings.hop(), file.getFileName().toString()));
    return 0;
  }

  static OptionalDouble parseTuning(String text) {
    if ("auto".equalsIgnoreCase(text.strip())) {
      return OptionalDouble.empty();
    }
    try {
      double t = Double.parseDouble(text.strip());
      if (t >= -0.5 && t <= 0.5) {
        return OptionalDouble.of(t);
      }
    } catch (NumberFormatException e) {
      // falls through to the message below
    }
    throw new IllegalArgumentException(
        "--tuning must be `auto` or a number of semitones between -0.5 and 0.5, got `"
            + text
            + "`");
  }
}
