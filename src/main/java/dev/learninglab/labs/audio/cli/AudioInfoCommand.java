package dev.learninglab.labs.audio.cli;

import static dev.learninglab.labs.audio.model.AudioTexts.T;

import dev.learninglab.core.io.Json;
import dev.learninglab.labs.audio.model.AudioFiles;
import dev.learninglab.labs.audio.model.SourceFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code learning-lab audio info}: what an audio file holds, from its header. */
@Command(
    name = "info",
    mixinStandardHelpOptions = true,
    description = "Container, encoding, channels, rate and length of a WAV or FLAC file.")
public final class AudioInfoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "A WAV or FLAC file.")
  Path file;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  /** The JSON of {@code audio info}. */
  public record Info(
      String file,
      String container,
      String encoding,
      int bitsPerSample,
      int channels,
      int sampleRate,
      long frames,
      double seconds) {}

  @Override
  public Integer call() {
    SourceFormat f = AudioFiles.info(file);
    Info info =
        new Info(
            file.toString(),
            f.container(),
            f.encoding(),
            f.bitsPerSample(),
            f.channels(),
            f.sampleRate(),
            f.frames(),
            f.seconds());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, info);
    } else {
      out.println(
          T.get(
              "audio.cli.info",
              info.file(),
              info.container(),
              info.encoding(),
              info.bitsPerSample(),
              info.channels(),
              info.sampleRate(),
              info.frames(),
              String.format(Locale.ROOT, "%.3f", info.seconds())));
    }
    out.flush();
    return 0;
  }
}
