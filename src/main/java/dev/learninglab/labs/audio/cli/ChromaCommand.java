package dev.learninglab.labs.audio.cli;

import static dev.learninglab.labs.audio.model.AudioTexts.T;

import dev.learninglab.labs.audio.io.Heatmaps;
import dev.learninglab.labs.audio.model.AudioClip;
import dev.learninglab.labs.audio.model.Chromagram;
import dev.learninglab.labs.audio.model.FeatureCsv;
import dev.learninglab.labs.audio.model.FeatureReport;
import dev.learninglab.labs.audio.model.Notes;
import dev.learninglab.labs.audio.model.StftSettings;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code learning-lab audio chroma}: {@code librosa.feature.chroma_stft}. */
@Command(
    name = "chroma",
    mixinStandardHelpOptions = true,
    description = "librosa.feature.chroma_stft(y, sr): 12 pitch classes C..B per frame.")
public final class ChromaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin AudioInput input = new AudioInput();

  @Option(
      names = "--tuning",
      defaultValue = "auto",
      description = "`auto` (librosa.estimate_tuning) or a deviation in semitones, -0.5..0.5.")
  String tuning;

  @Mixin FeatureFiles files = new FeatureFiles();

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    OptionalDouble fixed = parseTuning(tuning);
    StftSettings settings = StftSettings.LIBROSA;
    files.refuseOverwriting(input.file);
    AudioClip clip = input.load(settings, files.csv == null ? 0 : Notes.SHARPS.size());
    Chromagram.Result r = Chromagram.compute(clip.samples(), clip.sampleRate(), settings, fixed);
    FeatureOutput.write(
        spec.commandLine().getOut(),
        T.get("audio.cli.chromagram"),
        FeatureReport.of(clip, settings, r.chroma(), r.tuning()),
        json,
        files.csv,
        () ->
            FeatureCsv.of(
                r.chroma(),
                "pitch_class",
                Notes.SHARPS::get,
                settings.hop() / (double) clip.sampleRate()),
        files.png,
        () -> Heatmaps.chroma(r.chroma(), clip.sampleRate(), settings.hop(), input.fileName()));
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
