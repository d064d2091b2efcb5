package dev.learninglab.labs.audio.cli;

import static dev.learninglab.labs.audio.model.AudioTexts.T;

import dev.learninglab.core.compute.MemoryBudget;
import dev.learninglab.labs.audio.model.AnalysisMemory;
import dev.learninglab.labs.audio.model.AudioClip;
import dev.learninglab.labs.audio.model.AudioFiles;
import dev.learninglab.labs.audio.model.SourceFormat;
import dev.learninglab.labs.audio.model.StftSettings;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The audio file and the rate to load it at, shared by the commands that analyse a clip. */
final class AudioInput {
  @Parameters(paramLabel = "FILE", description = "A WAV or FLAC file.")
  Path file;

  @Option(
      names = "--sr",
      defaultValue = "22050",
      converter = SampleRateOption.class,
      description = "Target rate in Hz, or `native` (default ${DEFAULT-VALUE}).")
  int sr;

  /**
   * The clip as {@code librosa.load(file, sr=...)} gives it, once its header shows this Java can
   * hold its analysis by {@code stft} ({@code csvRows}: rows of the CSV to write, 0 for none).
   */
  AudioClip load(StftSettings stft, int csvRows) {
    SourceFormat source = AudioFiles.info(file);
    MemoryBudget.require(
        AnalysisMemory.bytes(source, sr, stft, csvRows),
        T.get(
            "audio.cli.analysing",
            file,
            String.format(Locale.ROOT, "%.1f", source.seconds() / 60)));
    return AudioFiles.load(file, sr);
  }

  String fileName() {
    return file.getFileName().toString();
  }
}
