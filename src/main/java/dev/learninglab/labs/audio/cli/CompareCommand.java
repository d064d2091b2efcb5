package dev.learninglab.labs.audio.cli;

import static dev.learninglab.labs.audio.model.AudioTexts.T;

import dev.learninglab.core.i18n.Columns;
import dev.learninglab.core.io.Json;
import dev.learninglab.labs.audio.model.AudioFiles;
import dev.learninglab.labs.audio.model.ChromaProfile;
import dev.learninglab.labs.audio.model.Notes;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code learning-lab audio compare}: the article's genre comparison, on the learner's clips. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description =
        "Mean chroma of several clips side by side: where each centres and how spread out it is.")
public final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "WAV or FLAC files.")
  List<Path> files;

  @Option(
      names = "--sr",
      defaultValue = "22050",
      converter = SampleRateOption.class,
      description = "Target rate in Hz, or `native` (default ${DEFAULT-VALUE}).")
  int sr;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() {
    List<ChromaProfile> profiles = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      profiles.add(ChromaProfile.of(name, AudioFiles.load(file, sr)));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Json.print(out, Map.of("clips", profiles.stream().map(CompareCommand::json).toList()));
    } else {
      printTable(out, profiles);
    }
    return 0;
  }

  private static Map<String, Object> json(ChromaProfile p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", p.name());
    m.put("meanChroma", p.meanChroma());
    m.put("centre", p.centre());
    double spread = p.spread();
    m.put("spread", Double.isNaN(spread) ? null : spread);
    return m;
  }

  private static void printTable(PrintWriter out, List<ChromaProfile> profiles) {
    out.print(Columns.left(T.get("audio.cli.meanChroma"), 24));
    for (String note : Notes.SHARPS) {
      out.printf("%6s", note);
    }
    out.println(
        "  "
            + Columns.left(T.get("audio.cli.centre"), 6)
            + " "
            + Columns.right(T.get("audio.cli.spread"), 6));
    for (ChromaProfile p : profiles) {
      out.print(Columns.left(shortened(p.name()), 24));
      for (double m : p.meanChroma()) {
        out.printf(Locale.ROOT, "%6.3f", m);
      }
      out.printf(Locale.ROOT, "  %-6s %6.3f%n", p.centre(), p.spread());
    }
    out.println(T.get("audio.cli.spreadNote"));
    out.flush();
  }

  private static String shortened(String name) {
    return name.length() <= 23 ? name : name.substring(0, 22) + "…";
  }
}
