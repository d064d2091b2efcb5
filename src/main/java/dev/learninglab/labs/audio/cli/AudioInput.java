package dev.learninglab.labs.audio.cli;

import dev.learninglab.labs.audio.model.AudioClip;
import dev.learninglab.labs.audio.model.AudioFiles;
import java.nio.file.Path;
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

  /** The clip as {@code librosa.load(file, sr=...)} gives it. */
  AudioClip load() {
    return AudioFiles.load(file, sr);
  }

  String fileName() {
    return file.getFileName().toString();
  }
}
