package dev.learninglab.labs.audio.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code learning-lab audio}: spectrograms, chromagrams, MFCCs and notes without the window. */
@Command(
    name = "audio",
    mixinStandardHelpOptions = true,
    description =
        "Audio: spectrograms, chromagrams and MFCCs equal to librosa 0.10.2, and note names.",
    subcommands = {
      AudioInfoCommand.class,
      SpectrogramCommand.class,
      ChromaCommand.class,
      CompareCommand.class,
      MfccCommand.class,
      NoteCommand.class
    })
public final class AudioCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
