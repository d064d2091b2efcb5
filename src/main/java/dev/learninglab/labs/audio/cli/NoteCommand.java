package dev.learninglab.labs.audio.cli;

import static dev.learninglab.labs.audio.model.AudioTexts.T;

import dev.learninglab.core.io.Json;
import dev.learninglab.labs.audio.model.Note;
import dev.learninglab.labs.audio.model.Notes;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code learning-lab audio note}: frequency ↔ note name ↔ octave ↔ MIDI number. */
@Command(
    name = "note",
    mixinStandardHelpOptions = true,
    description =
        "Frequency to note (440 -> A4) or note to frequency (C#3, Db5), with MIDI number.")
public final class NoteCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FREQUENCY_OR_NOTE", description = "e.g. 440, 261.6Hz, A4, C#3, Db5.")
  String input;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() {
    Note n = Notes.parse(input);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, n);
    } else {
      out.println(
          T.get(
              "audio.cli.note",
              input,
              n.name(),
              n.midi(),
              n.octave(),
              String.format(Locale.ROOT, "%.2f", n.frequency()),
              String.format(Locale.ROOT, "%+.1f", n.cents()),
              String.format(Locale.ROOT, "%.2f", n.noteFrequency()),
              String.join(" = ", n.enharmonics())));
    }
    out.flush();
    return 0;
  }
}
