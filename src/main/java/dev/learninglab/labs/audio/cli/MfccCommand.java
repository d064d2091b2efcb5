package dev.learninglab.labs.audio.cli;

import static dev.learninglab.labs.audio.model.AudioTexts.T;

import dev.learninglab.labs.audio.model.AudioClip;
import dev.learninglab.labs.audio.model.AudioFiles;
import dev.learninglab.labs.audio.model.FeatureReport;
import dev.learninglab.labs.audio.model.Mfcc;
import dev.learninglab.labs.audio.model.StftSettings;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code learning-lab audio mfcc}: {@code librosa.feature.mfcc} (128 Slaney mel bands, DCT-II). */
@Command(
    name = "mfcc",
    mixinStandardHelpOptions = true,
    description =
        "librosa.feature.mfcc(y, sr, n_mfcc): cepstral coefficients of the mel spectrogram.")
public final class MfccCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "A WAV or FLAC file.")
  Path file;

  @Option(
      names = "--n-mfcc",
      defaultValue = "20",
      description = "Coefficients (default ${DEFAULT-VALUE}).")
  int nMfcc;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    StftSettings settings = StftSettings.LIBROSA;
    AudioClip clip = AudioFiles.load(file, AudioFiles.DEFAULT_RATE);
    var mfcc = Mfcc.mfcc(clip.samples(), clip.sampleRate(), settings, nMfcc);
    FeatureOutput.write(
        spec.commandLine().getOut(),
        T.get("audio.cli.mfcc"),
        FeatureReport.of(clip, settings, mfcc, null),
        json,
        null,
        null,
        null,
        null);
    return 0;
  }
}
